#pragma once
// The store tests run on both backends: STORE_TEST("name", "[tags]") { ... }
// registers the body twice, "name (sqlite)" on a temporary file and
// "name (postgresql)" (tagged [pg]) on a fresh database of the test
// cluster (a body that needs the cluster on both adds [pg] to its tags); the
// body opens it with backend.open(mode) as often as it likes.

#include "claimtrack/store/store.hpp"

#include "fixtures.hpp"
#include "pg_test.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace claimtrack::test {

class Backend {
public:
    virtual ~Backend() = default;
    /// What --db would be given: a path or a connection string.
    virtual std::string location() const = 0;
    virtual bool postgresql() const = 0;
    store::Store open(store::OpenMode mode = store::OpenMode::ReadWrite) const {
        return store::Store::open(location(), mode);
    }
};

class SqliteBackend final : public Backend {
public:
    explicit SqliteBackend(const std::string& stem = "backend") : m_path(stem) {}
    std::string location() const override { return m_path.str(); }
    bool postgresql() const override { return false; }

private:
    TempPath m_path;
};

class PgBackend final : public Backend {
public:
    explicit PgBackend(const std::string& stem = "store") : m_db(stem) {}
    std::string location() const override { return m_db.conninfo(); }
    bool postgresql() const override { return true; }
    const PgDatabase& database() const { return m_db; }

private:
    PgDatabase m_db;
};

} // namespace claimtrack::test

#define CT_STORE_CAT2(a, b) a##b
#define CT_STORE_CAT(a, b) CT_STORE_CAT2(a, b)
#define CT_STORE_TEST(fn, name, tags)                                                                   \
    static void fn(const ::claimtrack::test::Backend& backend);                                      \
    TEST_CASE(name " (sqlite)", tags) {                                                              \
        const ::claimtrack::test::SqliteBackend b;                                                   \
        fn(b);                                                                                       \
    }                                                                                                \
    TEST_CASE(name " (postgresql)", tags "[pg]") {                                                   \
        const ::claimtrack::test::PgBackend b;                                                       \
        fn(b);                                                                                       \
    }                                                                                                \
    static void fn(const ::claimtrack::test::Backend& backend)
#define STORE_TEST(name, tags) CT_STORE_TEST(CT_STORE_CAT(store_test_body_, __LINE__), name, tags)
