" Vim + ALE (Debian's vim-ale) as a client of the real server, headless.
" Run from the workspace directory (it holds starrocks-catalog.json). Vim needs a terminal, so give it
" one with script(1):
"   SERVER_CMD=/path/backup-lsp RESULT=out.json script -qec "vim -N -u probe.vim -i NONE -n backup.sql" /dev/null
" Writes {diagnostics, completion, hover, catalog_edit} to $RESULT; lib/verdict.mjs judges them.
set nocompatible
filetype plugin on
packadd ale
let g:ale_set_signs = 0
let g:ale_linters_explicit = 1
call ale#linter#Define('sql', {
\   'name': 'backup_lsp',
\   'lsp': 'stdio',
\   'executable': empty($SERVER_CMD) ? 'backup-lsp' : $SERVER_CMD,
\   'command': '%e',
\   'project_root': {buffer -> getcwd()},
\})
let g:ale_linters = {'sql': ['backup_lsp']}
autocmd FileType sql setlocal omnifunc=ale#completion#OmniFunc

let s:r = {'editor': 'vim ' . v:version . ' + ale'}
let s:t0 = reltime()
function! s:Ms() abort
  return float2nr(reltimefloat(reltime(s:t0)) * 1000)
endfunction
function! s:Finish() abort
  call writefile([json_encode(s:r)], empty($RESULT) ? 'vim-result.json' : $RESULT)
  qa!
endfunction
" [line, col] (both 1-based) just after the first match of a:pattern
function! s:After(pattern) abort
  call cursor(1, 1)
  let [l:line, l:col] = searchpos(a:pattern, 'ceW')
  return [l:line, l:col + 1]
endfunction
function! s:OnCompletion(resp) abort
  let l:res = get(a:resp, 'result', {})
  let l:items = type(l:res) == v:t_dict ? get(l:res, 'items', []) : l:res
  let s:r.completion = map(copy(l:items), 'v:val.label')
endfunction
function! s:OnHover(resp) abort
  let l:contents = get(get(a:resp, 'result', {}), 'contents', {})
  let s:r.hover = type(l:contents) == v:t_dict ? get(l:contents, 'value', '') : json_encode(l:contents)
endfunction

function! s:UnknownRepository(buf) abort
  return !empty(filter(copy(ale#engine#GetLoclist(a:buf)), {_, d -> get(d, 'code', '') ==# 'SRB600' && stridx(d.text, 'archive_repo') >= 0}))
endfunction

function! s:Run() abort
  let l:buf = bufnr('')
  " the README's completion setting, which Vim's SQL filetype plugin would override if set in the vimrc alone
  let s:r.omnifunc = &l:omnifunc
  " 1. diagnostics: ALE fills its loclist from publishDiagnostics
  while s:Ms() < 20000 && empty(ale#engine#GetLoclist(l:buf))
    sleep 20m
  endwhile
  if empty(ale#engine#GetLoclist(l:buf)) | let s:r.error = 'no diagnostics within 20 s' | endif
  let s:r.diagnostics = map(copy(ale#engine#GetLoclist(l:buf)),
  \   {_, d -> {'line': d.lnum, 'col': d.col, 'code': get(d, 'code', ''), 'message': d.text}})
  " 2. completion just after `TO `, 3. hover on the property key "type"; through ALE's own connection
  let [l:line, l:col] = s:After('^TO ')
  call ale#lsp_linter#SendRequest(l:buf, 'backup_lsp', ale#lsp#message#Completion(l:buf, l:line, l:col, ''), function('s:OnCompletion'))
  let [l:line, l:col] = s:After('("')
  call ale#lsp_linter#SendRequest(l:buf, 'backup_lsp', ale#lsp#message#Hover(l:buf, l:line, l:col), function('s:OnHover'))
  while s:Ms() < 30000 && (!has_key(s:r, 'completion') || !has_key(s:r, 'hover'))
    sleep 20m
  endwhile
  " 4. catalog edit: ALE watches no files for a server, so the server watches the catalog itself; the repository
  "    added on disk must take its SRB600 away without a restart
  let l:before = s:UnknownRepository(l:buf)
  let l:catalog = json_decode(join(readfile('starrocks-catalog.json'), "\n"))
  let l:catalog.repositories.archive_repo = {'location': 's3a://bucket/archive', 'readOnly': v:false}
  call writefile([json_encode(l:catalog)], 'starrocks-catalog.json')
  let l:until = s:Ms() + 10000
  while s:Ms() < l:until && s:UnknownRepository(l:buf)
    sleep 50m
  endwhile
  let l:gone = !s:UnknownRepository(l:buf)
  let s:r.catalog_edit = {'ok': l:before && l:gone ? v:true : v:false,
  \   'detail': (l:before ? 'SRB600 on archive_repo before the edit' : 'no SRB600 on archive_repo before the edit')
  \     . (l:gone ? ', gone after it' : ', still there 10 s after it')}
  call s:Finish()
endfunction

autocmd VimEnter * call timer_start(10, {-> s:Run()})
call timer_start(60000, {-> [extend(s:r, {'error': 'timeout after 60 s'}), s:Finish()]})
