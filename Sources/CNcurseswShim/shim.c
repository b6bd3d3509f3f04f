#include "CNcurseswShim.h"
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static SCREEN *quoth_screen = NULL;
static FILE *quoth_tty_in = NULL;
static FILE *quoth_tty_out = NULL;
static volatile sig_atomic_t quoth_active = 0;

int quoth_curses_start(int use_tty) {
  setlocale(LC_ALL, "");
  if (use_tty) {
    quoth_tty_in = fopen("/dev/tty", "r");
    quoth_tty_out = fopen("/dev/tty", "w");
    if (!quoth_tty_in || !quoth_tty_out) return -1;
    quoth_screen = newterm(NULL, quoth_tty_out, quoth_tty_in);
    if (!quoth_screen) return -1;
    set_term(quoth_screen);
  } else {
    /* newterm, unlike initscr, returns NULL instead of exiting when TERM is unusable. */
    quoth_screen = newterm(NULL, stdout, stdin);
    if (!quoth_screen) return -1;
    set_term(quoth_screen);
  }
  /* A terminal that cannot move the cursor (TERM=dumb) would show a blank screen. */
  const char *move = tigetstr("cup");
  if (move == NULL || move == (char *)-1) {
    endwin();
    delscreen(quoth_screen);
    quoth_screen = NULL;
    return -2;
  }
  quoth_active = 1;
  set_escdelay(25);
  /* Raw mode: ^C, ^Z, ^S and ^Q arrive as keys (quit, suspend, search, quit), so flow
     control never freezes the screen; quoth restores the terminal on every way out. */
  raw();
  noecho();
  nonl();
  intrflush(stdscr, FALSE);
  keypad(stdscr, TRUE);
  curs_set(0);
  if (has_colors()) {
    start_color();
    use_default_colors();
  }
  return 0;
}

void quoth_curses_end(void) {
  if (!quoth_active) return;
  quoth_active = 0;
  curs_set(1);
  endwin();
  fflush(stdout);
}

static void quoth_restore_and_reraise(int sig) {
  if (quoth_active) {
    quoth_active = 0;
    endwin();
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void quoth_install_signal_handlers(void) {
  int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  sigset_t unblock;
  sigemptyset(&unblock);
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = quoth_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    sigaction(sigs[i], &action, NULL);
    sigaddset(&unblock, sigs[i]);
  }
  /* A parent may have started quoth with these blocked; they must reach the handler. */
  sigaddset(&unblock, SIGWINCH);
  sigaddset(&unblock, SIGTSTP);
  sigaddset(&unblock, SIGCONT);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

int quoth_lines(void) { return LINES; }
int quoth_cols(void) { return COLS; }
int quoth_colors(void) { return has_colors() ? COLORS : 0; }
int quoth_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }
int quoth_has_colors(void) { return has_colors(); }
int quoth_init_pair(int pair, int fg, int bg) { return init_pair((short)pair, (short)fg, (short)bg); }

int quoth_attr_set(int attributes, int pair) {
  attr_t a = A_NORMAL;
  if (attributes & 1) a |= A_BOLD;
  if (attributes & 2) a |= A_DIM;
  if (attributes & 4) a |= A_ITALIC;
  if (attributes & 8) a |= A_UNDERLINE;
  if (attributes & 16) a |= A_REVERSE;
  return attr_set(a, (short)pair, NULL);
}

int quoth_move_add(int y, int x, const int32_t *text, int length) {
  if (sizeof(wchar_t) == sizeof(int32_t)) {
    return mvaddnwstr(y, x, (const wchar_t *)text, length);
  }
  if (move(y, x) == ERR) return ERR;
  for (int i = 0; i < length; i++) {
    wchar_t one[2] = {(wchar_t)text[i], 0};
    addnwstr(one, 1);
  }
  return OK;
}

void quoth_refresh(void) { refresh(); }
void quoth_clear_all(void) { clear(); }
void quoth_force_redraw(void) { clearok(curscr, TRUE); }

int quoth_read_key(int32_t *code) {
  wint_t c = 0;
  int r = get_wch(&c);
  if (r == ERR) return QUOTH_KEY_NONE;
  *code = (int32_t)c;
  return r == KEY_CODE_YES ? QUOTH_KEY_FUNCTION : QUOTH_KEY_CHAR;
}

void quoth_input_timeout(int milliseconds) { timeout(milliseconds); }

void quoth_mouse(int enabled) {
  if (enabled) {
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
  } else {
    mousemask(0, NULL);
  }
}

int quoth_mouse_event(int *row, int *column, int *kind) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *row = event.y;
  *column = event.x;
  if (event.bstate & BUTTON4_PRESSED) *kind = 2;
  else if (event.bstate & BUTTON5_PRESSED) *kind = 3;
  else if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) *kind = 1;
  else return 0;
  return 1;
}

void quoth_pause(void) { endwin(); }

void quoth_resume(void) {
  refresh();
  clearok(curscr, TRUE);
}

void quoth_suspend(void) {
  endwin();
  raise(SIGSTOP);
  refresh();
  clearok(curscr, TRUE);
}
