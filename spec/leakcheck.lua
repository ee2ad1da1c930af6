-- Run by `make valgrind` in a state that is closed at the end: classifiers
-- are made, used and collected, and nothing of theirs may be left behind.
local smtperr = require("smtperr")
for i = 1, 200 do
  local c = smtperr.new({ rules = { { match = "rule " .. i, reason = "blocked" } } })
  assert(c:classify("550 rule " .. i).reason == "blocked")
end
collectgarbage()
assert(smtperr.classify("550 5.1.1 User unknown").reason == "user_unknown")
print("leakcheck: 200 classifiers made, used and collected")
