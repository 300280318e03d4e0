// Status and Result<T>: errors as values, from storage to the CLI.
// Interface: Status, Result<T>. Tested by tests/core/status_test.cc.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace cg {

class [[nodiscard]] Status {
 public:
  // The codes are few on purpose (LevelDB's five); messages carry the detail.
  enum class Code { kOk, kNotFound, kInvalidArgument, kCorruption, kIOError, kNotSupported };

  Status() = default;
  static Status OK() { return Status(); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status NotSupported(std::string msg) {
    return Status(Code::kNotSupported, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "not found: <message>", or "ok".
  std::string ToString() const;
  // Returns a copy whose message is "<prefix>: <message>".
  Status WithContext(const std::string& prefix) const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Holds a T or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "a Result holds a value or a non-ok Status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace cg

// Returns early from a function returning Status or Result<T>.
#define CG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::cg::Status cg_status_ = (expr);        \
    if (!cg_status_.ok()) return cg_status_; \
  } while (0)
