-- The text helpers of the command (smtperr.cli.text).
local text = require("smtperr.cli.text")

describe("smtperr.cli.text", function()
  it("width counts characters, not bytes", function()
    assert.are.equal(0, text.width(""))
    assert.are.equal(5, text.width("hello"))
    assert.are.equal(5, text.width("échec"))         -- 6 bytes
    assert.are.equal(2, text.width("\226\128\148!")) -- an em dash and "!"
  end)

  it("pad fills with spaces up to a width in characters", function()
    assert.are.equal("Sens :     ", text.pad("Sens :", 11))
    assert.are.equal("Échec  ", text.pad("Échec", 7))
    assert.are.equal("too long", text.pad("too long", 3))
  end)

  describe("wrap", function()
    it("breaks between words at 78 columns by default", function()
      local words = {}
      for i = 1, 30 do words[i] = "word" .. i end
      local wrapped = text.wrap(table.concat(words, " "), 0)
      local lines = {}
      for line in wrapped:gmatch("[^\n]+") do lines[#lines + 1] = line end
      assert.are.equal("word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12",
        lines[1])
      for _, line in ipairs(lines) do assert.is_true(#line <= 78, line) end
      assert.are.equal(table.concat(words, " "), (wrapped:gsub("\n", " ")))
    end)

    it("indents the lines after the first, which follows a label", function()
      assert.are.equal("one two\n    three four\n    five",
        text.wrap("one two three four five", 4, 14))
    end)

    it("folds runs of spaces and line breaks into one space", function()
      assert.are.equal("a b c", text.wrap("  a \n b\t\tc  ", 0))
    end)

    it("counts characters, so accented words fit as they look", function()
      assert.are.equal("échec échec", text.wrap("échec échec", 0, 11))
      assert.are.equal("échec\néchec", text.wrap("échec échec", 0, 10))
    end)

    it("keeps a word longer than the line whole; an empty text is empty", function()
      assert.are.equal("a\nabcdefghij\nb", text.wrap("a abcdefghij b", 0, 5))
      assert.are.equal("", text.wrap("", 6))
    end)
  end)

  describe("fill", function()
    local function items(n, prefix)
      local list = {}
      for i = 1, n do list[i] = string.format("%s%02d@example.org", prefix or "user", i) end
      return list
    end

    it("joins items with commas on lines of 100 columns", function()
      local filled = text.fill(items(8), 2, "Domains: ")
      assert.are.equal("Domains: user01@example.org, user02@example.org, user03@example.org, "
        .. "user04@example.org,\n"
        .. "  user05@example.org, user06@example.org, user07@example.org, user08@example.org\n", filled)
    end)

    it("counts the items past max_lines with more(n)", function()
      local function more(n) return "and " .. n .. " more" end
      local filled = text.fill(items(12), 6, "      ", 2, more)
      assert.are.equal("      user01@example.org, user02@example.org, user03@example.org, "
        .. "user04@example.org,\n"
        .. "      user05@example.org, user06@example.org, user07@example.org, user08@example.org, "
        .. "and 4 more\n", filled)
      for line in filled:gmatch("[^\n]+") do assert.is_true(#line <= 100, line) end
    end)

    it("puts every item when they fit in max_lines", function()
      assert.are.equal("  a, b, c\n", text.fill({ "a", "b", "c" }, 2, "  ", 2, error))
    end)
  end)

  it("plural picks the form of the count", function()
    local forms = { "%d address", "%d addresses" }
    assert.are.equal("1 address", text.plural(forms, 1))
    assert.are.equal("0 addresses", text.plural(forms, 0))
    assert.are.equal("12 addresses", text.plural(forms, 12))
  end)

  describe("to_utf8", function()
    it("keeps ASCII and valid UTF-8 as they are, and nil", function()
      assert.are.equal("plain", text.to_utf8("plain"))
      local valid = "Boîte pleine \226\130\172 \240\159\147\172"    -- a euro sign, an emoji
      assert.are.equal(valid, text.to_utf8(valid))
      assert.is_nil(text.to_utf8(nil))
    end)

    it("reads bytes that are not UTF-8 as Latin-1", function()
      assert.are.equal("Boîte aux lettres pleine, message refusé",
        text.to_utf8("Bo\238te aux lettres pleine, message refus\233"))
      assert.are.equal("\195\191\194\128", text.to_utf8("\255\128"))
    end)

    it("reads a cut or overlong sequence byte by byte", function()
      assert.are.equal("\195\162\194\130", text.to_utf8("\226\130"))           -- cut at the end
      assert.are.equal("\195\131x", text.to_utf8("\195x"))                   -- a lead byte alone
      assert.are.equal("\195\128\194\175", text.to_utf8("\192\175"))          -- overlong "/"
    end)

    it("turns NUL into U+FFFD", function()
      assert.are.equal("a\239\191\189b", text.to_utf8("a\0b"))
    end)
  end)
end)
