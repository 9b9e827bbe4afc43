#pragma once
// A system library loaded with dlopen() on first use instead of linked: the
// dynamic loader then spends nothing on it (and its dependencies) at the
// start of every command that never calls it. Used for PROJ's geodesics
// (src/geo/geodesic.cpp) and libpq (src/store/pq_loader.cpp). `Error` is the
// caller's exception type, constructed from a message.

#include <dlfcn.h>

#include <string>

namespace claimtrack::core {

/// dlopen()s `soname` (RTLD_NOW | RTLD_LOCAL; never closed). \throws Error
/// naming the library and what it is `needed_for`.
template <class Error> void* open_shared_library(const char* soname, const char* needed_for) {
    dlerror();
    if (void* handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL)) return handle;
    const char* why = dlerror();
    throw Error(std::string("cannot load ") + soname + " (" + needed_for + "): " + (why ? why : "dlopen failed"));
}

/// Sets `out` to the function `symbol` of the library `handle` (`soname`).
/// \throws Error when the library has none.
template <class Error, class F> void bind_symbol(void* handle, const char* soname, const char* symbol, F& out) {
    void* address = dlsym(handle, symbol);
    if (address == nullptr) throw Error(std::string(soname) + " has no function '" + symbol + "'");
    out = reinterpret_cast<F>(address);
}

} // namespace claimtrack::core
