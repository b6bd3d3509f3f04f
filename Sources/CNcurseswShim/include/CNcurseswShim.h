#ifndef QUOTH_CNCURSESW_SHIM_FUNCTIONS_H
#define QUOTH_CNCURSESW_SHIM_FUNCTIONS_H
#include <stdint.h>

/// Curses macros and terminal set-up that Swift cannot import directly.
/// Everything here is a thin wrapper; quoth's logic lives in Swift.

/// Starts curses. When `use_tty` is non-zero the terminal is /dev/tty (standard
/// input is a pipe); returns 0 on success, -2 when the terminal cannot move the cursor
/// (TERM=dumb), -1 on other failures.
int quoth_curses_start(int use_tty);
/// Ends curses and restores the terminal; safe to call more than once.
void quoth_curses_end(void);
/// Installs handlers that restore the terminal on SIGINT, SIGTERM, SIGHUP and crashes.
void quoth_install_signal_handlers(void);

int quoth_lines(void);
int quoth_cols(void);
int quoth_colors(void);
int quoth_color_pairs(void);
int quoth_has_colors(void);
int quoth_init_pair(int pair, int fg, int bg);

/// Attribute bits as an int: bold 1, dim 2, italic 4, underline 8, reverse 16.
int quoth_attr_set(int attributes, int pair);
int quoth_move_add(int y, int x, const int32_t *text, int length);
void quoth_refresh(void);
void quoth_clear_all(void);
void quoth_force_redraw(void);

enum {
  QUOTH_KEY_NONE = 0,
  QUOTH_KEY_CHAR = 1,
  QUOTH_KEY_FUNCTION = 2,
};
/// Reads one key: returns QUOTH_KEY_CHAR with a character in *code, QUOTH_KEY_FUNCTION
/// with a curses KEY_* code, or QUOTH_KEY_NONE on timeout/error.
int quoth_read_key(int32_t *code);
/// How long quoth_read_key waits for a key: milliseconds, or forever when negative.
void quoth_input_timeout(int milliseconds);
/// Enables or disables mouse reporting (clicks and wheel).
void quoth_mouse(int enabled);
/// The last mouse event: returns 1 with row, column and a kind (1 click, 2 wheel up, 3 wheel down).
int quoth_mouse_event(int *row, int *column, int *kind);
/// Suspends quoth as Ctrl-Z would and restores the screen afterwards.
void quoth_suspend(void);
/// Leaves curses mode for a program that needs the terminal (a browser); quoth_resume returns.
void quoth_pause(void);
void quoth_resume(void);

#endif
