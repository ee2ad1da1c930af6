-- Reading inputs line by line (smtperr.cli.input).
local console = require("smtperr.cli.console")
local input = require("smtperr.cli.input")

-- A file that returns the given blocks, one per read, then nil (or nil and
-- 'err' when given).
local function fake_file(blocks, err)
  local i = 0
  return {
    read = function(_, n)
      i = i + 1
      assert(n == input.BLOCK, "reads by blocks")
      if blocks[i] == nil then return nil, err end
      return blocks[i]
    end,
  }
end

local function collect(f)
  local lines, bytes = {}, 0
  local ok, err = input.read_lines(f, function(line) lines[#lines + 1] = line end,
                                   function(n) bytes = bytes + n end)
  return lines, bytes, ok, err
end

describe("smtperr.cli.input", function()
  it("splits lines across blocks, drops \\r\\n and \\n, keeps a last line without one", function()
    local lines, bytes, ok = collect(fake_file({ "one\r\ntw", "o\n\nthr", "ee" }))
    assert.is_true(ok)
    assert.are.same({ "one", "two", "", "three" }, lines)
    assert.are.equal(15, bytes)
  end)

  it("gives nothing for an empty file, and no line for a final \\n", function()
    assert.are.same({}, (collect(fake_file({}))))
    assert.are.same({ "a" }, (collect(fake_file({ "a\n" }))))
  end)

  it("cuts a line at MAX_LINE and skips the rest of it", function()
    local long = string.rep("x", input.MAX_LINE + 2 * input.BLOCK + 10)
    local blocks, data = {}, long .. "\nnext\n"
    for i = 1, #data, input.BLOCK do blocks[#blocks + 1] = data:sub(i, i + input.BLOCK - 1) end
    local lines, bytes = collect(fake_file(blocks))
    assert.are.equal(2, #lines)
    assert.are.equal(input.MAX_LINE, #lines[1])
    assert.are.equal("next", lines[2])
    assert.are.equal(#data, bytes)
  end)

  it("keeps a line that ends in the block where it passes MAX_LINE", function()
    local data = string.rep("x", input.MAX_LINE + 10) .. "\n"
    local blocks = {}
    for i = 1, #data, input.BLOCK do blocks[#blocks + 1] = data:sub(i, i + input.BLOCK - 1) end
    local lines = collect(fake_file(blocks))
    assert.are.same({ input.MAX_LINE + 10 }, { #lines[1] })
  end)

  it("returns nil and the message on a read error", function()
    local lines, _, ok, err = collect(fake_file({ "a\nb" }, "Input/output error"))
    assert.is_nil(ok)
    assert.are.equal("Input/output error", err)
    assert.are.same({ "a" }, lines)
  end)

  describe("each_line", function()
    local stderr = console.stderr
    local warnings
    before_each(function()
      warnings = {}
      console.stderr = { write = function(_, ...) warnings[#warnings + 1] = table.concat({ ... }) end }
    end)
    after_each(function() console.stderr = stderr end)

    it("reads the files in turn, warns about the missing ones and says so", function()
      local seen = {}
      local all_read = input.each_line({ "spec/fixtures/replies.txt", "spec/fixtures/cli/no-such.log",
                                         "spec/fixtures/cli/empty.log" }, {
        file = function(name) seen[#seen + 1] = "file " .. name end,
        line = function() seen[#seen + 1] = "line" end,
      })
      assert.is_false(all_read)
      assert.are.equal("file spec/fixtures/replies.txt", seen[1])
      assert.are.equal(16, #seen)                   -- the 14 lines of replies.txt
      assert.are.equal("file spec/fixtures/cli/empty.log", seen[16])
      assert.are.same({ "smtperr: cannot open spec/fixtures/cli/no-such.log: No such file or directory\n" },
                      warnings)
    end)
  end)
end)
