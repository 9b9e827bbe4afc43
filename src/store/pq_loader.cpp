// libpq's functions that pg.cpp calls, defined here as forwarders to the
// library loaded with dlopen on first use, so that the executable does not
// link libpq: libpq and its dependencies (Kerberos, LDAP, SASL, ...) cost
// every command's start-up about 9 M instructions in the dynamic loader, while
// only a PostgreSQL --db uses them. pg.cpp is unchanged; the same library does
// the work. The first call loads every function at once, so no later call can
// fail to find one (PQclear and PQfinish run in noexcept deleters).

#include "claimtrack/core/shared_library.hpp"
#include "claimtrack/store/store.hpp"

#include <libpq-fe.h>

namespace {

struct Pq {
    decltype(&PQclear) clear;
    decltype(&PQconnectdb) connectdb;
    decltype(&PQconninfoFree) conninfo_free;
    decltype(&PQconninfoParse) conninfo_parse;
    decltype(&PQdescribePrepared) describe_prepared;
    decltype(&PQerrorMessage) error_message;
    decltype(&PQexec) exec;
    decltype(&PQexecPrepared) exec_prepared;
    decltype(&PQfinish) finish;
    decltype(&PQfreemem) freemem;
    decltype(&PQgetisnull) getisnull;
    decltype(&PQgetlength) getlength;
    decltype(&PQgetvalue) getvalue;
    decltype(&PQnparams) nparams;
    decltype(&PQntuples) ntuples;
    decltype(&PQprepare) prepare;
    decltype(&PQresultErrorField) result_error_field;
    decltype(&PQresultStatus) result_status;
    decltype(&PQsetNoticeProcessor) set_notice_processor;
    decltype(&PQstatus) status;
    decltype(&PQtransactionStatus) transaction_status;
};

/// Loaded once (thread-safe; a failure throws out of the initialisation, so
/// the next call tries again); the handle is never closed.
const Pq& pq() {
    static const Pq p = [] {
        using claimtrack::store::StoreError;
        void* handle = claimtrack::core::open_shared_library<StoreError>(CLAIMTRACK_LIBPQ_LIBRARY,
                                                                          "the PostgreSQL client library");
        const auto bind = [&](const char* symbol, auto& to) {
            claimtrack::core::bind_symbol<StoreError>(handle, CLAIMTRACK_LIBPQ_LIBRARY, symbol, to);
        };
        Pq out{};
        bind("PQclear", out.clear);
        bind("PQconnectdb", out.connectdb);
        bind("PQconninfoFree", out.conninfo_free);
        bind("PQconninfoParse", out.conninfo_parse);
        bind("PQdescribePrepared", out.describe_prepared);
        bind("PQerrorMessage", out.error_message);
        bind("PQexec", out.exec);
        bind("PQexecPrepared", out.exec_prepared);
        bind("PQfinish", out.finish);
        bind("PQfreemem", out.freemem);
        bind("PQgetisnull", out.getisnull);
        bind("PQgetlength", out.getlength);
        bind("PQgetvalue", out.getvalue);
        bind("PQnparams", out.nparams);
        bind("PQntuples", out.ntuples);
        bind("PQprepare", out.prepare);
        bind("PQresultErrorField", out.result_error_field);
        bind("PQresultStatus", out.result_status);
        bind("PQsetNoticeProcessor", out.set_notice_processor);
        bind("PQstatus", out.status);
        bind("PQtransactionStatus", out.transaction_status);
        return out;
    }();
    return p;
}

} // namespace

extern "C" {

void PQclear(PGresult* res) { pq().clear(res); }
PGconn* PQconnectdb(const char* conninfo) { return pq().connectdb(conninfo); }
void PQconninfoFree(PQconninfoOption* options) { pq().conninfo_free(options); }
PQconninfoOption* PQconninfoParse(const char* conninfo, char** errmsg) { return pq().conninfo_parse(conninfo, errmsg); }
PGresult* PQdescribePrepared(PGconn* conn, const char* stmt) { return pq().describe_prepared(conn, stmt); }
char* PQerrorMessage(const PGconn* conn) { return pq().error_message(conn); }
PGresult* PQexec(PGconn* conn, const char* query) { return pq().exec(conn, query); }
PGresult* PQexecPrepared(PGconn* conn, const char* stmt_name, int n_params, const char* const* values,
                         const int* lengths, const int* formats, int result_format) {
    return pq().exec_prepared(conn, stmt_name, n_params, values, lengths, formats, result_format);
}
void PQfinish(PGconn* conn) { pq().finish(conn); }
void PQfreemem(void* ptr) { pq().freemem(ptr); }
int PQgetisnull(const PGresult* res, int tup_num, int field_num) { return pq().getisnull(res, tup_num, field_num); }
int PQgetlength(const PGresult* res, int tup_num, int field_num) { return pq().getlength(res, tup_num, field_num); }
char* PQgetvalue(const PGresult* res, int tup_num, int field_num) { return pq().getvalue(res, tup_num, field_num); }
int PQnparams(const PGresult* res) { return pq().nparams(res); }
int PQntuples(const PGresult* res) { return pq().ntuples(res); }
PGresult* PQprepare(PGconn* conn, const char* stmt_name, const char* query, int n_params, const Oid* types) {
    return pq().prepare(conn, stmt_name, query, n_params, types);
}
char* PQresultErrorField(const PGresult* res, int fieldcode) { return pq().result_error_field(res, fieldcode); }
ExecStatusType PQresultStatus(const PGresult* res) { return pq().result_status(res); }
PQnoticeProcessor PQsetNoticeProcessor(PGconn* conn, PQnoticeProcessor proc, void* arg) {
    return pq().set_notice_processor(conn, proc, arg);
}
ConnStatusType PQstatus(const PGconn* conn) { return pq().status(conn); }
PGTransactionStatusType PQtransactionStatus(const PGconn* conn) { return pq().transaction_status(conn); }

} // extern "C"
