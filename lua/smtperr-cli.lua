#!/usr/bin/env lua
-- smtperr: explain SMTP replies, look up reply codes, classify replies and
-- scan mail logs (eight MTAs' logs, DSN bounce messages) for failed
-- deliveries. Runs unchanged on Lua 5.1 to 5.4 and LuaJIT 2.1; --json needs
-- lua-cjson or dkjson. The command is the module smtperr.cli.

-- The folder of this script when it holds the modules (a checkout's lua/),
-- else nil: an installed command finds them on the usual package.path.
local function modules_folder()
  local folder = (arg and arg[0] or ""):match("^(.*)[/\\]") or "."
  local f = io.open(folder .. "/smtperr/cli/init.lua", "rb")
  if not f then return nil end
  f:close()
  return folder
end

local folder = modules_folder()
if folder then
  package.path = folder .. "/?.lua;" .. folder .. "/?/init.lua;" .. package.path
end

os.exit(require("smtperr.cli").main(arg))
