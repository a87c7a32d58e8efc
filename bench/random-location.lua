-- Each request to a location picked at random (issue 21), so no cache sees one page over and over.
--   BENCH_PATHS         file with one address prefix a line (/o/ORG/LOCATION); the request goes to PREFIX .. BENCH_SUFFIX
--   BENCH_SUFFIX        what follows the prefix, e.g. /gesprek
--   BENCH_METHOD        POST (default; body BENCH_BODY, type BENCH_CONTENT_TYPE) or GET (nginx: a static file)
--   BENCH_GZIP          "off": no Accept-Encoding (an API client); else Accept-Encoding: gzip, as every browser
-- The host given to wrk only sets where to connect; its path is ignored.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local report_setup, report_init = setup, init
local threads_seen = 0
local requests = {}

function setup(thread)
  threads_seen = threads_seen + 1
  thread:set("seed", threads_seen)
  report_setup(thread)
end

function init(args)
  report_init(args)
  -- os.time() alone would give both threads the same sequence.
  math.randomseed(os.time() * 1000 + (seed or 0))
  local method = os.getenv("BENCH_METHOD") or "POST"
  local suffix = os.getenv("BENCH_SUFFIX") or ""
  local headers = {}
  if os.getenv("BENCH_GZIP") ~= "off" then
    headers["Accept-Encoding"] = "gzip"
  end
  local body = nil
  if method == "POST" then
    body = os.getenv("BENCH_BODY")
    headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
  end
  -- Every request formatted once, here: picking one then costs wrk next to nothing.
  for prefix in io.lines(os.getenv("BENCH_PATHS")) do
    if prefix ~= "" then
      table.insert(requests, wrk.format(method, prefix .. suffix, headers, body))
    end
  end
  if #requests == 0 then
    error("no addresses in " .. os.getenv("BENCH_PATHS"))
  end
end

function request()
  return requests[math.random(#requests)]
end
