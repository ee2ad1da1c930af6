-- mod_smtperr.lua - Prosody plugin used by spec/integration/prosody.sh.
-- It requires the smtperr C module (the Lua 5.4 build), logs the
-- classification of a reply when it loads, and classifies replies on demand:
--   * the host event "smtperr-classify": fire it with { reply = "..." };
--     the handler logs the result, stores it in event.result and returns the
--     summary "REASON BOUNCE ACTION";
--   * the module-level function classify_reply(reply), reachable from
--     `prosodyctl shell` as prosody.hosts.localhost.modules.smtperr.classify_reply.
-- luacheck: globals module classify_reply last_result

local smtperr = require "smtperr"

local function summary(r)
  return ("%s %s %s"):format(r.reason, r.bounce or "-", r.action)
end

-- Classifies one reply, logs "smtperr: REPLY -> REASON BOUNCE ACTION" and
-- returns that summary (the full table goes to last_result), or nil and the
-- module's message.
function classify_reply(reply, origin)
  local r, err = smtperr.classify(reply)
  if not r then
    module:log("warn", "smtperr%s: %s -> error: %s", origin or "", reply, err)
    return nil, err
  end
  last_result = r
  module:log("info", "smtperr%s: %s -> %s", origin or "", reply, summary(r))
  return summary(r)
end

module:hook("smtperr-classify", function(event)
  if type(event.reply) ~= "string" then
    module:log("warn", "smtperr-classify: the event has no reply string")
    return "error: no reply"
  end
  local s, err = classify_reply(event.reply, "-classify")
  event.result = s and last_result or nil
  return s or ("error: " .. tostring(err))
end)

local probe = module:get_option_string("smtperr_probe_reply",
  "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
module:log("info", "smtperr: module %s loaded from %s", smtperr._VERSION,
  package.searchpath("smtperr", package.cpath) or "?")
classify_reply(probe)
