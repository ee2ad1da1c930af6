-- Run by `make valgrind` in a state that is closed at the end: classifiers
-- and log readers are made, used and collected, and nothing of theirs may
-- be left behind.
local smtperr = require("smtperr")
local LINE = "Nov 30 10:00:01 mx postfix/smtp[2]: A1: to=<r@y.org>, relay=none, dsn=5.1.1, "
  .. "status=bounced (host mx[192.0.2.1] said: 550 5.1.1 rule %d (in reply to RCPT TO command))"
for i = 1, 200 do
  local c = smtperr.new({ rules = { { match = "rule " .. i, reason = "blocked" } } })
  assert(c:classify("550 rule " .. i).reason == "blocked")
  local r = i % 2 == 0 and c:logreader() or smtperr.logreader({ classifier = c })
  assert(r:line(LINE:format(i)).reason == "blocked")
  assert(#r:feed(LINE:format(i) .. "\n" .. LINE:sub(1, 40)) == 1)
end
collectgarbage()
assert(smtperr.classify("550 5.1.1 User unknown").reason == "user_unknown")
local kept = smtperr.logreader()           -- still alive when the state closes
kept:line(LINE:format(0))
print("leakcheck: 200 classifiers and log readers made, used and collected")
