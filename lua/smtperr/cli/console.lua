-- The command's output: results on standard output, messages on standard
-- error after the program's name.
local console = {}

console.PROGRAM = "smtperr"

-- The streams written to; the specs put their own in to read the output.
console.stdout, console.stderr = io.stdout, io.stderr

function console.out(...)
  console.stdout:write(...)
end

function console.warn(message)
  console.stderr:write(console.PROGRAM, ": ", message, "\n")
end

return console
