// The guest console on the host terminal: stdin to the guest, guest output to stdout.
//
// On a tty, stdin goes to raw mode (restored on every exit path: normal return, exit(),
// and fatal signals) and Ctrl-A x quits as in QEMU (Ctrl-A Ctrl-A sends a literal Ctrl-A).
// When stdin is not a tty, its bytes pass through unchanged and EOF just ends the input.
#pragma once
#include <atomic>
#include <functional>
#include <string_view>
#include <thread>

namespace rvisor::host {

class Console {
 public:
  // `on_input` receives each byte for the guest (from the reader thread); `on_quit` is called
  // (from the reader thread) when the user types Ctrl-A x.
  Console(std::function<void(uint8_t)> on_input, std::function<void()> on_quit);
  ~Console();
  Console(const Console&) = delete;
  Console& operator=(const Console&) = delete;

  void start();  // switch to raw mode (if a tty) and start reading
  void stop();   // stop reading and restore the terminal
  static void write(std::string_view bytes);  // to stdout, all of it

 private:
  void read_loop();
  std::function<void(uint8_t)> on_input_;
  std::function<void()> on_quit_;
  std::atomic<bool> running_{false};
  std::thread reader_;
  bool tty_ = false;
};

}  // namespace rvisor::host
