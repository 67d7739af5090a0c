;;; probe.el --- Emacs + eglot (Debian's emacs-nox and elpa-eglot) as a client of the real server.
;; Run from the workspace directory (it holds starrocks-catalog.json):
;;   SERVER_CMD=/path/backup-lsp RESULT=out.json emacs --batch -l probe.el backup.sql
;; Writes {diagnostics, completion, quoted_key, signature_help, hover} to $RESULT; lib/verdict.mjs judges them.
(require 'eglot)
(require 'json)

(defun probe--after (regexp)
  "Move point just after the first match of REGEXP."
  (goto-char (point-min))
  (re-search-forward regexp))

(defun probe--highlighted (text)
  "The characters of TEXT that carry the face eldoc marks the active parameter with."
  (let (chars)
    (dotimes (i (length text))
      (let ((face (get-text-property i 'face text)))
        (when (or (eq face 'eldoc-highlight-function-argument)
                  (and (listp face) (memq 'eldoc-highlight-function-argument face)))
          (push (aref text i) chars))))
    (concat (nreverse chars))))

(let* ((server (or (getenv "SERVER_CMD") "backup-lsp"))
       (out (or (getenv "RESULT") "emacs-result.json"))
       (file (car (last command-line-args-left)))
       (result (list (cons 'editor (concat "emacs " emacs-version " + eglot")))))
  (setq command-line-args-left nil)     ; batch mode must not visit the file a second time
  (with-current-buffer (find-file-noselect file)
    (condition-case err
        (progn
          ;; eglot-ensure waits for post-command-hook, which never runs in --batch: connect directly.
          ;; The transient project is this directory, so the server's rootUri finds the catalog here.
          (eglot (list major-mode) (cons 'transient default-directory) 'eglot-lsp-server (list server) "sql")
          ;; 1. diagnostics: eglot hands them to flymake, which in --batch must be started by hand
          (with-timeout (20 (push (cons 'error "no diagnostics within 20 s") result))
            (while (null (flymake-diagnostics))
              (flymake-start nil t)
              (accept-process-output nil 0.05)))
          (push (cons 'diagnostics
                      (vconcat
                       (mapcar (lambda (d)
                                 `((line . ,(line-number-at-pos (flymake-diagnostic-beg d)))
                                   (message . ,(substring-no-properties (flymake-diagnostic-text d)))))
                               (flymake-diagnostics))))
                result)
          ;; 2. completion just after `TO `, through the real completion-at-point function
          (probe--after "^TO ")
          (let ((capf (eglot-completion-at-point)))
            (push (cons 'completion (vconcat (mapcar #'substring-no-properties (all-completions "" (nth 2 capf)))))
                  result))
          ;; 2b. a property key typed after its quote, completed and written by `completion-at-point' (the
          ;; capf filters by the letters before the point, leaving the quote aside); the line is taken away again after
          (goto-char (point-max))
          (insert "\nBACKUP SNAPSHOT example_db.s2 TO example_repo PROPERTIES (\"ti")
          (eglot--signal-textDocument/didChange)
          (let ((completion-styles '(basic)))
            (completion-at-point))
          (push (cons 'quoted_key (vector (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
                result)
          (delete-region (1- (line-beginning-position)) (point-max))
          ;; 2c. signature help inside `ON (`, as eldoc gets it from eglot: the signature line and the part eglot
          ;; highlights in it. eglot hands it over only for a buffer shown in a window.
          (set-window-buffer (selected-window) (current-buffer))
          (goto-char (point-max))
          (insert "\nBACKUP SNAPSHOT example_db.s3 TO example_repo ON (")
          (eglot--signal-textDocument/didChange)
          (let (doc)
            (eglot-signature-eldoc-function (lambda (d &rest _) (setq doc (or d ""))))
            (with-timeout (10 nil)
              (while (null doc) (accept-process-output nil 0.05)))
            (push (cons 'signature_help `((label . ,(substring-no-properties (car (split-string (or doc "") "\n"))))
                                          (active . ,(probe--highlighted (or doc "")))))
                  result))
          (delete-region (1- (line-beginning-position)) (point-max))
          ;; 3. hover on the property key "type"
          (probe--after "(\"")
          (let ((h (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                    (eglot--TextDocumentPositionParams))))
            (push (cons 'hover (plist-get (plist-get h :contents) :value)) result))
          ;; 4. shutdown + exit, sent by hand: eglot 1.9's `eglot-shutdown' deletes (SIGKILL) the process right
          ;; after sending `exit', without waiting for it to end, so it cannot show a clean exit.
          (let* ((server (eglot--current-server-or-lose))
                 (proc (jsonrpc--process server))
                 (answered (condition-case err
                               (progn (setf (eglot--shutdown-requested server) t)
                                      (jsonrpc-request server :shutdown nil :timeout 5)
                                      t)
                             (error (format "%S" err)))))
            (jsonrpc-notify server :exit nil)
            (with-timeout (5 nil)
              (while (process-live-p proc) (accept-process-output nil 0.05)))
            (push (cons 'shutdown
                        `((clean . ,(if (and (eq answered t) (eq (process-status proc) 'exit) (zerop (process-exit-status proc))) t :json-false))
                          (detail . ,(format "shutdown answered: %s; %s %s" answered (process-status proc) (process-exit-status proc)))))
                  result)))
      (error (push (cons 'error (error-message-string err)) result))))
  (with-temp-file out (insert (json-encode result)))
  (kill-emacs 0))
