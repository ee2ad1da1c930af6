-- The command line (smtperr.cli.args), its errors (smtperr.cli.errors) and
-- main (smtperr.cli), called in this process.
local args = require("smtperr.cli.args")
local cli = require("smtperr.cli")
local console = require("smtperr.cli.console")
local errors = require("smtperr.cli.errors")
local help = require("smtperr.cli.help")

-- The failure that fn(...) raises.
local function failure_of(fn, ...)
  local ok, err = pcall(fn, ...)
  assert.is_false(ok, "no error raised")
  assert.is_true(errors.is_failure(err), tostring(err))
  return err
end

-- Runs main with the list; returns its exit status, stdout and stderr.
local function run_main(list)
  local saved, written = { console.stdout, console.stderr }, { {}, {} }
  local function sink(parts)
    return { write = function(self, ...)
      for i = 1, select("#", ...) do parts[#parts + 1] = select(i, ...) end
      return self
    end }
  end
  console.stdout, console.stderr = sink(written[1]), sink(written[2])
  local ok, status = pcall(cli.main, list)
  console.stdout, console.stderr = saved[1], saved[2]
  if not ok then error(status, 0) end
  return status, table.concat(written[1]), table.concat(written[2])
end

describe("smtperr.cli.args", function()
  describe("parse", function()
    it("reads flags, values as one or two arguments, and operands", function()
      local opts, operands = args.parse("scan", { "scan", "--json", "a.log", "--lang", "fr",
                                                  "--rules=r.txt", "-", "b.log" }, 2)
      assert.are.same({ json = true, lang = "fr", rules = "r.txt" }, opts)
      assert.are.same({ "a.log", "-", "b.log" }, operands)
    end)

    it("lang is en by default; -h asks for help", function()
      local opts, operands = args.parse("lookup", { "-h", "550" }, 1)
      assert.are.same({ help = true, lang = "en" }, opts)
      assert.are.same({ "550" }, operands)
    end)

    it("everything after -- is an operand", function()
      local opts, operands = args.parse("explain", { "--lang=fr", "--", "--lang", "-h", "--" }, 1)
      assert.are.same({ lang = "fr" }, opts)
      assert.are.same({ "--lang", "-h", "--" }, operands)
    end)

    it("an empty value is a value", function()
      local opts = args.parse("classify", { "--rules=", "x" }, 1)
      assert.are.equal("", opts.rules)
      assert.are.equal("-x", args.parse("explain", { "--rules", "-x" }, 1).rules)
    end)

    local bad = {
      { "scan", { "--frobnicate" }, "unknown option '--frobnicate'" },
      { "scan", { "--frobnicate=3" }, "unknown option '--frobnicate'" },
      { "scan", { "-x" }, "unknown option '-x'" },
      { "scan", { "--=x" }, "unknown option '--=x'" },
      { "lookup", { "--json" }, "unknown option '--json'" },
      { "classify", { "--lang", "fr" }, "unknown option '--lang'" },
      { "explain", { "--lang" }, "option '--lang' needs a value" },
      { "classify", { "--json=yes" }, "option '--json' takes no value" },
      { "explain", { "--help=1" }, "option '--help' takes no value" },
      { "explain", { "--lang", "de" }, "bad --lang 'de': use en or fr" },
      { "scan", { "--lang=" }, "bad --lang '': use en or fr" },
    }
    for _, case in ipairs(bad) do
      local command, list, message = case[1], case[2], case[3]
      it(command .. " " .. table.concat(list, " ") .. ": a usage error", function()
        local err = failure_of(args.parse, command, list, 1)
        assert.are.same({ 2, message, command }, { err.status, err.message, err.command })
        assert.are.equal(message .. " (see smtperr " .. command .. " --help)", errors.message(err))
      end)
    end
  end)

  describe("errors", function()
    it("fail: status 1, the message alone", function()
      local err = failure_of(errors.fail, "cannot open x")
      assert.are.same({ 1, "cannot open x" }, { err.status, errors.message(err) })
      assert.are.equal("cannot open x", tostring(err))
    end)

    it("usage without a command points to the main help", function()
      local err = failure_of(errors.usage, "missing command")
      assert.are.equal("missing command (see smtperr --help)", errors.message(err))
    end)

    it("other errors are not failures", function()
      assert.is_false(errors.is_failure("text"))
      assert.is_false(errors.is_failure({ status = 1, message = "look-alike" }))
    end)
  end)

  describe("help", function()
    it("has a text for the command and for each subcommand, none for others", function()
      assert.matches("^Usage: smtperr COMMAND ", help.text(nil))
      for _, name in ipairs({ "explain", "lookup", "classify", "scan" }) do
        assert.matches("^Usage: smtperr " .. name .. " ", help.text(name))
      end
      assert.is_nil(help.text("main"))
      assert.is_nil(help.text("frob"))
    end)
  end)

  describe("main", function()
    it("returns 0 after the version or a help", function()
      local status, out, err = run_main({ "--version" })
      assert.are.same({ 0, "" }, { status, err })
      assert.matches("^smtperr %d+%.%d+%.%d+ %(.+%)\n$", out)
      status, out = run_main({ "help", "scan" })
      assert.are.same({ 0, help.text("scan") }, { status, out })
      status, out = run_main({ "lookup", "--help", "--lang=fr" })
      assert.are.same({ 0, help.text("lookup") }, { status, out })
    end)

    it("returns 2 on a usage error, with one line on stderr", function()
      local cases = {
        { {}, "smtperr: missing command (see smtperr --help)\n" },
        { { "frob" }, "smtperr: unknown command 'frob' (see smtperr --help)\n" },
        { { "--frob" }, "smtperr: unknown option '--frob' (see smtperr --help)\n" },
        { { "help", "main" }, "smtperr: unknown command 'main' (see smtperr --help)\n" },
        { { "scan", "-x" }, "smtperr: unknown option '-x' (see smtperr scan --help)\n" },
        { { "explain" }, "smtperr: explain needs a reply or a code (see smtperr explain --help)\n" },
      }
      for _, case in ipairs(cases) do
        local status, out, err = run_main(case[1])
        assert.are.same({ 2, "", case[2] }, { status, out, err })
      end
    end)

    it("returns 1 on a failure, and what the command returns otherwise", function()
      local status, out, err = run_main({ "explain", "--rules", "spec/fixtures/cli/bad-rules.txt", "550" })
      assert.are.same({ 1, "" }, { status, out })
      assert.are.equal("smtperr: spec/fixtures/cli/bad-rules.txt:3: unknown reason 'frobnicated'\n", err)
      status, out, err = run_main({ "lookup", "999", "452" })
      assert.are.same({ 1, "smtperr: unknown reply code: 999\n" }, { status, err })
      assert.matches("^452  ", out)
      status, out = run_main({ "explain", "--lang", "fr", "5.1.1" })
      assert.are.equal(0, status)
      assert.matches("^5%.1%.1 %(échec définitif%) :", out)
    end)

    it("raises other errors again", function()
      local ok, err = pcall(run_main, { "scan", {} })
      assert.is_false(ok)
      assert.matches("stack traceback", err)
    end)
  end)
end)
