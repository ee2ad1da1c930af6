-- Two more tables of real replies (spec/fixtures/realworld-replies*.tsv),
-- gathered apart from the vendor table and from the phrase lists, from
-- provider pages, bug reports, log pastes and client libraries. Its labels
-- are one reader's judgement, so the reasons (and the class of replies
-- without any code) are held to an accuracy floor (the project's aim for
-- replies it was not built on is 90%), while the code, the enhanced code
-- and the class they give must be right on every row.
local smtperr = require("smtperr")
local helpers = require("spec.helpers")

for _, file in ipairs({ "realworld-replies.tsv", "realworld-replies-2.tsv" }) do
  local rows = helpers.tsv(file)

  describe("real replies from other sources (" .. file .. ")", function()
    for i, row in ipairs(rows) do
      local reply = helpers.unescape(row.reply)
      it(i .. " " .. reply:sub(1, 60):gsub("\n", " "), function()
        local r, err = smtperr.classify(reply)
        if row.class == "intermediate" and not r then return end   -- "[SMTP Reply] 354"
        assert.is_table(r, err)
        if row.code ~= "" or row.enhanced ~= "" then assert.are.equal(row.class, r.class) end
        if row.code ~= "" and r.code then assert.are.equal(tonumber(row.code), r.code) end
        if row.enhanced ~= "" and reply:find(row.enhanced, 1, true) then
          assert.are.equal(row.enhanced, r.enhanced)
        end
      end)
    end

    it("gets at least 90% of the reasons and classes right", function()
      local right, classes, wrong = 0, 0, {}
      for _, row in ipairs(rows) do
        local r = smtperr.classify(helpers.unescape(row.reply))
        if r and r.class == row.class then classes = classes + 1 end
        if r and r.reason == row.reason then
          right = right + 1
        else
          wrong[#wrong + 1] = ("%s, got %s: %s"):format(row.reason, tostring(r and r.reason), row.reply:sub(1, 80))
        end
      end
      assert.is_true(right / #rows >= 0.9, ("%d of %d right; wrong:\n%s")
        :format(right, #rows, table.concat(wrong, "\n")))
      assert.is_true(classes / #rows >= 0.95, classes .. " classes right")
    end)
  end)
end
