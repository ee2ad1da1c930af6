-- The smtperr command: explain SMTP replies, look up reply codes, classify
-- replies and scan mail logs (eight MTAs' logs, DSN bounce messages) for
-- failed deliveries. main(arg) runs it and returns its exit status;
-- lua/smtperr-cli.lua is the executable.
local smtperr = require("smtperr")
local args = require("smtperr.cli.args")
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")
local help = require("smtperr.cli.help")

local cli = {}

-- Each command: a module with run(opts, operands), which returns the exit status.
cli.COMMANDS = {
  explain = require("smtperr.cli.explain"),
  lookup = require("smtperr.cli.lookup"),
  classify = require("smtperr.cli.classify"),
  scan = require("smtperr.cli.scan"),
}

local function version()
  return smtperr._VERSION .. " (" .. (rawget(_G, "jit") and _G.jit.version or _VERSION) .. ")\n"
end

local function dispatch(list)
  local name = list[1]
  if name == nil then errors.usage("missing command") end
  if name == "-h" or name == "--help" or name == "help" then return help.run(list[2]) end
  if name == "--version" then
    console.out(version())
    return 0
  end
  local command = cli.COMMANDS[name]
  if not command then
    if name:sub(1, 1) == "-" then errors.usage("unknown option '" .. name .. "'") end
    errors.usage("unknown command '" .. name .. "'")
  end
  local opts, operands = args.parse(name, list, 2)
  if opts.help then
    console.out(help.text(name))
    return 0
  end
  return command.run(opts, operands)
end

-- A failure stays a value; any other error is a bug: its traceback is kept.
local function keep_failure(err)
  if errors.is_failure(err) then return err end
  return debug.traceback(tostring(err), 2)
end

-- Runs the command line 'list' (arg: the command's name, its options and
-- operands) and returns the exit status: 0 on success, 1 when something
-- could not be read or recognised, 2 on a usage error. Failures are shown
-- on standard error; other errors are raised again.
function cli.main(list)
  local ok, result = xpcall(function() return dispatch(list) end, keep_failure)
  if ok then return result end
  if not errors.is_failure(result) then error(result, 0) end
  console.warn(errors.message(result))
  return result.status
end

return cli
