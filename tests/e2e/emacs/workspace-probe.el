;;; workspace-probe.el --- Emacs + eglot with diagnosticMode "workspace" (given as initializationOptions): the server
;; pushes the diagnostics of the workspace's scripts that are not open, which eglot keeps for Flymake's project listing.
;; Run from the workspace directory (it holds starrocks-catalog.json and monthly.sql, which is never visited):
;;   SERVER_CMD=/path/backup-lsp RESULT=out.json emacs --batch -l workspace-probe.el backup.sql
;; Writes {workspace_diagnostics} to $RESULT; lib/verdict.mjs judges it. A script fixed on disk is not tried: --batch
;; handles no file notifications, so eglot's watch never tells the server (which finds the fix within a minute).
(require 'eglot)
(require 'json)

(let* ((server (or (getenv "SERVER_CMD") "backup-lsp"))
       (out (or (getenv "RESULT") "emacs-workspace-result.json"))
       (file (car (last command-line-args-left)))
       (root default-directory)
       (monthly (expand-file-name "monthly.sql"))
       (w (list (cons 'fix_not_tried "Emacs --batch handles no file notifications")))
       (result (list (cons 'editor (concat "emacs " emacs-version " + eglot")))))
  (setq command-line-args-left nil)     ; batch mode must not visit the file a second time
  ;; The workspace directory is no version-controlled project: Flymake lists this directory's diagnostics.
  (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
  (with-current-buffer (find-file-noselect file)
    (condition-case err
        (progn
          (eglot (list major-mode) (cons 'transient root) 'eglot-lsp-server
                 (list server :initializationOptions '(:diagnosticMode "workspace")) "sql")
          ;; 1. monthly.sql, never visited: eglot keeps its diagnostics for listing only, and
          ;;    `flymake-show-project-diagnostics' lists them
          (push (cons 'listed
                      (with-timeout (20 :json-false)
                        (while (null (cdr (assoc monthly flymake-list-only-diagnostics)))
                          (accept-process-output nil 0.05))
                        t))
                w)
          (push (cons 'codes
                      (vconcat (mapcar (lambda (d)
                                         (let ((text (flymake-diagnostic-text d)))
                                           (and (string-match "\\[\\(SRB[0-9]+\\)\\]" text) (match-string 1 text))))
                                       (cdr (assoc monthly flymake-list-only-diagnostics)))))
                w)
          (push (cons 'loaded (if (find-buffer-visiting monthly) t :json-false)) w)
          (flymake-show-project-diagnostics)
          (let (listed)
            (with-current-buffer (format "*Flymake diagnostics for `%s'*" root)
              (dolist (line (split-string (buffer-string) "\n" t))
                ;; file, line, column, type, backend, message
                (when (string-match "^\\(\\S-+\\)\\s-+\\([0-9]+\\)\\s-+[0-9]+\\s-+\\S-+\\s-+\\S-+\\s-+\\(.*\\)$" line)
                  (push (format "%s:%s: %s" (match-string 1 line) (match-string 2 line) (match-string 3 line)) listed))))
            (push (cons 'quickfix (vconcat (nreverse listed))) w)))
      (error (push (cons 'error (error-message-string err)) result))))
  (push (cons 'workspace_diagnostics w) result)
  (with-temp-file out (insert (json-encode result)))
  (kill-emacs 0))
