-- What the Neovim probes share (each `dofile`s it): the result file, the server started as a client of the current
-- buffer (vim.lsp.start_client + buf_attach_client, as Debian's Neovim 0.7 has them), its shutdown, and the probe run
-- once Neovim has started, ended after 60 s whatever it does.
local M = {}

M.result = { editor = 'nvim ' .. tostring(vim.version().major .. '.' .. vim.version().minor) }

local out

-- Writes the result to $RESULT (or `default_out`) and quits.
function M.finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(M.result))
  f:close()
  vim.cmd('qa!')
end

-- Starts the server for the workspace folder `root` (the current directory, which holds the catalog) with `init_options`
-- and attaches it to `bufnr`; returns the client's id, or nil once the result is written.
function M.start(bufnr, root, init_options)
  local client_id = vim.lsp.start_client({
    name = 'backup-lsp',
    cmd = { os.getenv('SERVER_CMD') or 'backup-lsp' },
    root_dir = root, -- the catalog starrocks-catalog.json is looked up in this folder
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'e2e' } },
    init_options = init_options,
    on_exit = function(code, signal) M.result.server_exit = { code = code, signal = signal } end,
  })
  if not client_id then
    M.result.error = 'start_client failed'
    M.finish()
    return nil
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  return client_id
end

-- Sends shutdown and exit; returns whether the server process ended within 5 s.
function M.stop(client_id)
  vim.lsp.stop_client(client_id)
  return vim.wait(5000, function() return M.result.server_exit ~= nil end, 20)
end

-- Runs `probe` once Neovim has started, its result written to $RESULT or `default_out`.
function M.run(default_out, probe)
  out = os.getenv('RESULT') or default_out
  vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function() vim.schedule(probe) end })
  vim.defer_fn(function() M.result.error = 'timeout after 60 s'; M.finish() end, 60000) -- never hang CI
end

return M
