-- POST $BENCH_BODY with Content-Type $BENCH_CONTENT_TYPE to the URL given to wrk, accepting gzip as
-- every browser does.
wrk.headers["Accept-Encoding"] = "gzip"
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
