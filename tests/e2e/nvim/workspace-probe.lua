-- Headless Neovim 0.7 with diagnosticMode "workspace" (given as init_options, as the README configures it): the server
-- pushes the diagnostics of the workspace's scripts that are not open.
-- Run from the workspace directory (it holds starrocks-catalog.json and monthly.sql, which is never opened):
--   SERVER_CMD=/path/backup-lsp RESULT=out.json nvim --headless -n -i NONE -u workspace-probe.lua backup.sql
-- Writes {workspace_diagnostics} to $RESULT; lib/verdict.mjs judges it.
local client = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/client.lua')
local result = client.result
-- Neovim 0.7 watches no files for a server: a script changed on disk shows once the server looks at the workspace
-- again by itself, every 10 s.
local FIX_PATIENCE_MS = 15000

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local root = vim.fn.getcwd()
  local client_id = client.start(bufnr, root, { diagnosticMode = 'workspace' })
  if not client_id then return end

  -- 1. monthly.sql, never opened: its diagnostics land on a buffer Neovim adds for it without loading it, and
  --    setqflist lists them
  local path = root .. '/monthly.sql'
  local function closed_codes()
    local closed = vim.fn.bufnr(path)
    if closed == -1 then return {} end
    return vim.tbl_map(function(d) return d.code end, vim.diagnostic.get(closed))
  end
  local w = {}
  result.workspace_diagnostics = w
  w.listed = vim.wait(20000, function() return #closed_codes() > 0 end, 50)
  w.codes = closed_codes()
  w.loaded = vim.fn.bufnr(path) ~= -1 and vim.api.nvim_buf_is_loaded(vim.fn.bufnr(path))
  vim.diagnostic.setqflist({ open = false })
  w.quickfix = {}
  for _, item in ipairs(vim.fn.getqflist()) do
    table.insert(w.quickfix, vim.fn.fnamemodify(vim.api.nvim_buf_get_name(item.bufnr), ':t') .. ':' .. item.lnum .. ': ' .. item.text)
  end

  -- 2. monthly.sql fixed on disk: its diagnostics go without the editor telling the server. The looks that the
  --    startup's changes (the settings, backup.sql opened) start are left to end first, so that the fix is found by
  --    the look the server makes by itself.
  if w.listed then
    vim.wait(2000)
    local f = assert(io.open(path, 'w'))
    f:write('BACKUP SNAPSHOT sales_db.monthly_snap TO nightly_repo ON (orders);\n')
    f:close()
    local fixed_at = vim.loop.hrtime()
    w.cleared = vim.wait(FIX_PATIENCE_MS, function() return #closed_codes() == 0 end, 50)
    w.cleared_after_ms = math.floor((vim.loop.hrtime() - fixed_at) / 1e6)
  end

  client.stop(client_id)
  client.finish()
end

client.run('nvim-workspace-result.json', run)
