-- The errors that end a command. They are raised as values, never by
-- os.exit, so that the modules can be tested; main (smtperr.cli) writes the
-- message and returns the exit status.
local console = require("smtperr.cli.console")

local errors = {}

-- The metatable that marks a failure.
local Failure = {}

function Failure:__tostring()
  return errors.message(self)
end

local function raise(status, message, command)
  error(setmetatable({ status = status, message = message, command = command }, Failure))
end

-- Something the command could not do: exit status 1.
function errors.fail(message)
  raise(1, message)
end

-- A wrong command line: exit status 2. The message points to the help of
-- 'command', or to the main help when it is nil.
function errors.usage(message, command)
  raise(2, message, command)
end

function errors.is_failure(value)
  return getmetatable(value) == Failure
end

-- The line to show, without the program's name.
function errors.message(failure)
  if failure.status ~= 2 then return failure.message end
  local help = console.PROGRAM .. (failure.command and " " .. failure.command or "") .. " --help"
  return failure.message .. " (see " .. help .. ")"
end

return errors
