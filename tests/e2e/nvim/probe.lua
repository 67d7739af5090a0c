-- Headless Neovim (Debian's 0.7: vim.lsp.start_client + buf_attach_client) as a client of the real server.
-- Run from the workspace directory (it holds starrocks-catalog.json):
--   SERVER_CMD=/path/backup-lsp RESULT=out.json nvim --headless -n -i NONE -u probe.lua backup.sql
-- Writes {diagnostics, completion, quoted_key, signature_help, hover, highlights, workspace_symbols, catalog_edit} to $RESULT; lib/verdict.mjs judges them.
local client = dofile(vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h') .. '/client.lua')
local result = client.result

-- first {line, col} (1-based line, 0-based byte col) just after `pattern` in the buffer
local function after(pattern)
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  local pos = vim.fn.searchpos(pattern, 'ceW')
  return { pos[1], pos[2] } -- 'e' puts the cursor on the last character; byte col of the next one is pos[2]
end

local function request(bufnr, method, pos)
  vim.api.nvim_win_set_cursor(0, pos)
  local params = vim.lsp.util.make_position_params()
  return vim.lsp.buf_request_sync(bufnr, method, params, 10000) or {}
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local root = vim.fn.getcwd()
  local client_id = client.start(bufnr, root, nil)
  if not client_id then return end

  -- 1. diagnostics pushed after didOpen
  if not vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20) then
    result.error = 'no diagnostics within 20 s'
  end
  result.diagnostics = vim.tbl_map(function(d)
    return { line = d.lnum + 1, col = d.col + 1, code = d.code, message = d.message }
  end, vim.diagnostic.get(bufnr))

  -- 2. completion just after `TO `
  result.completion = {}
  for _, r in pairs(request(bufnr, 'textDocument/completion', after('^TO '))) do
    local items = r.result and (r.result.items or r.result) or {}
    for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  end

  -- 2b. a property key typed after its quote, as the omnifunc completes it: the items Neovim keeps for the letters
  --     before the cursor (it leaves the quote aside), each written over them; the line is taken away again after
  local last = vim.api.nvim_buf_line_count(bufnr) + 1
  local typed = 'BACKUP SNAPSHOT example_db.s2 TO example_repo PROPERTIES ("ti'
  vim.api.nvim_buf_set_lines(bufnr, last - 1, last - 1, false, { typed })
  local start = vim.fn.match(typed, '\\k*$') -- where vim.lsp.omnifunc starts the word it completes
  result.quoted_key = {}
  local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = last - 1, character = #typed } }
  for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 10000) or {}) do
    for _, item in ipairs(vim.lsp.util.text_document_completion_list_to_complete_items(r.result or {}, typed:sub(start + 1))) do
      table.insert(result.quoted_key, typed:sub(1, start) .. item.word)
    end
  end
  vim.api.nvim_buf_set_lines(bufnr, last - 1, last, false, {})

  -- 2c. signature help inside `ON (`, as Neovim shows it: the signature line and the parameter it highlights there
  local signed = 'BACKUP SNAPSHOT example_db.s3 TO example_repo ON ('
  vim.api.nvim_buf_set_lines(bufnr, last - 1, last - 1, false, { signed })
  params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = last - 1, character = #signed } }
  for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/signatureHelp', params, 10000) or {}) do
    if r.result then
      local lines, active = vim.lsp.util.convert_signature_help_to_markdown_lines(r.result)
      if lines and active then result.signature_help = { label = lines[1], active = lines[1]:sub(active[1] + 1, active[2]) } end
    end
  end
  vim.api.nvim_buf_set_lines(bufnr, last - 1, last, false, {})

  -- 3. hover on the property key "type" (cursor on its first letter)
  local key = after('("')
  for _, r in pairs(request(bufnr, 'textDocument/hover', key)) do
    local c = r.result and r.result.contents
    if c then result.hover = type(c) == 'table' and (c.value or vim.fn.json_encode(c)) or c end
  end

  -- 4. highlights of the repository after `TO ` (1-based lines)
  result.highlights = {}
  for _, r in pairs(request(bufnr, 'textDocument/documentHighlight', after('^TO '))) do
    for _, h in ipairs(r.result or {}) do table.insert(result.highlights, h.range.start.line + 1) end
  end

  -- 5. workspace symbols: a statement of weekly.sql, a script of the workspace that is not open
  result.workspace_symbols = {}
  for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'workspace/symbol', { query = 'weekly' }, 10000) or {}) do
    for _, s in ipairs(r.result or {}) do
      table.insert(result.workspace_symbols, s.name .. ' @ ' .. vim.fn.fnamemodify(vim.uri_to_fname(s.location.uri), ':t'))
    end
  end

  -- 6. catalog edit: Neovim 0.7 watches no files for a server, so the server watches the catalog itself; the
  --    repository added on disk must take its SRB600 away without a restart
  local function unknown_repository()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'SRB600' and d.message:find('archive_repo', 1, true) then return true end
    end
    return false
  end
  local before = unknown_repository()
  local path = root .. '/starrocks-catalog.json'
  local f = assert(io.open(path, 'r'))
  local catalog = vim.fn.json_decode(f:read('*a'))
  f:close()
  catalog.repositories.archive_repo = { location = 's3a://bucket/archive', readOnly = false }
  f = assert(io.open(path, 'w'))
  f:write(vim.fn.json_encode(catalog))
  f:close()
  local gone = vim.wait(10000, function() return not unknown_repository() end, 50)
  result.catalog_edit = { ok = before and gone, detail = (before and 'SRB600 on archive_repo before the edit' or 'no SRB600 on archive_repo before the edit')
    .. (gone and ', gone after it' or ', still there 10 s after it') }

  -- 7. shutdown + exit: the server process must end by itself
  local exited = client.stop(client_id)
  result.shutdown = {
    clean = exited and result.server_exit.code == 0 and result.server_exit.signal == 0,
    detail = exited and ('exit code ' .. result.server_exit.code .. ', signal ' .. result.server_exit.signal)
      or 'still running 5 s after shutdown/exit',
  }
  client.finish()
end

client.run('nvim-result.json', run)
