// A worker thread that runs a device's work function whenever it is kicked: the vCPU's
// QueueNotify write just calls kick() and returns, and the device's requests are served here,
// off the vCPU thread. Kicks coalesce: work() should drain everything available.
#pragma once
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace rvisor::host {

class IoThread {
 public:
  explicit IoThread(std::function<void()> work);
  ~IoThread();
  IoThread(const IoThread&) = delete;
  IoThread& operator=(const IoThread&) = delete;

  void kick();     // any thread; ignored while paused
  // Stop running work(): waits until a running work() returns, drops pending kicks, and
  // ignores kicks until resume(). For device reset.
  void pause();
  void resume();  // accept kicks again (paused is the initial state)

 private:
  void loop();
  std::function<void()> work_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool kicked_ = false, running_ = false, paused_ = true, quit_ = false;
  std::thread thread_;
};

}  // namespace rvisor::host
