-- GET the URL given to wrk, accepting gzip as every browser does.
wrk.headers["Accept-Encoding"] = "gzip"
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
