#pragma once
/// \file
/// The error base class of claimtrack. Every module throws a subclass of
/// claimtrack::Error; only cli/main.cpp catches them and maps them to exit codes.

#include <stdexcept>
#include <string>

namespace claimtrack {

/// Base of all errors thrown by claimtrack libraries. The message names the
/// input (file and line, record id, database path) where the problem is.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& what) : std::runtime_error(what) {}
};

/// Bad user input (a file that is not text, a malformed date, broken JSON).
/// The CLI maps it to exit status 2 ... see cli/main.cpp.
class InputError : public Error {
public:
    explicit InputError(const std::string& what) : Error(what) {}
};

} // namespace claimtrack
