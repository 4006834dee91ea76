#include "host/console.h"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>

namespace rvisor::host {

namespace {
// The terminal state to restore. Global because signal handlers and atexit need it.
struct termios g_saved;
std::atomic<bool> g_raw{false};

void restore_terminal() {
  if (g_raw.exchange(false)) tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
}

void on_fatal_signal(int sig) {
  restore_terminal();
  signal(sig, SIG_DFL);
  raise(sig);
}

constexpr uint8_t kCtrlA = 0x01;
}  // namespace

Console::Console(std::function<void(uint8_t)> on_input, std::function<void()> on_quit)
    : on_input_(std::move(on_input)), on_quit_(std::move(on_quit)) {}

Console::~Console() { stop(); }

void Console::start() {
  tty_ = isatty(STDIN_FILENO);
  if (tty_ && tcgetattr(STDIN_FILENO, &g_saved) == 0) {
    struct termios raw = g_saved;
    cfmakeraw(&raw);
    raw.c_oflag |= OPOST;  // keep output processing: guest "\n" still returns the carriage
    static bool hooks_installed = false;
    if (!hooks_installed) {
      std::atexit(restore_terminal);
      for (int sig : {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE})
        std::signal(sig, on_fatal_signal);
      hooks_installed = true;
    }
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0) g_raw = true;
  }
  running_ = true;
  reader_ = std::thread([this] { read_loop(); });
}

void Console::stop() {
  running_ = false;
  if (reader_.joinable()) reader_.join();
  restore_terminal();
}

void Console::read_loop() {
  bool escape = false;
  while (running_) {
    struct pollfd p{STDIN_FILENO, POLLIN, 0};
    int n = poll(&p, 1, 50);  // wake regularly to notice stop()
    if (n <= 0) continue;
    uint8_t buf[256];
    ssize_t got = read(STDIN_FILENO, buf, sizeof buf);
    if (got == 0 || (got < 0 && errno != EINTR && errno != EAGAIN)) return;  // EOF: no more input
    for (ssize_t i = 0; i < got; ++i) {
      uint8_t c = buf[i];
      if (!tty_) {
        on_input_(c);
        continue;
      }
      if (escape) {
        escape = false;
        if (c == 'x' || c == 'X') {
          on_quit_();
          return;
        }
        on_input_(c == kCtrlA ? kCtrlA : c);
        continue;
      }
      if (c == kCtrlA) {
        escape = true;
        continue;
      }
      on_input_(c);
    }
  }
}

void Console::write(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // stdout gone: nothing sensible to do with guest output
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace rvisor::host
