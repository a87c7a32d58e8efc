-- GET the URL given to wrk.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
