package io.cxmaturity.persistence;

import java.sql.SQLException;

/** Recognises a failed write caused by a unique constraint, on every database Confluence supports. */
final class Constraints {
    private Constraints() {
    }

    /** Whether the cause chain holds an integrity-constraint violation (SQLSTATE class 23). */
    static boolean isViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                for (SQLException e = (SQLException) t; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && state.startsWith("23")) {
                        return true;
                    }
                    // Oracle reports ORA-00001 with SQLSTATE 23000 too; SQL Server uses 2627/2601.
                    if (e.getErrorCode() == 2627 || e.getErrorCode() == 2601) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the cause chain holds a transaction the database rolled back to resolve a deadlock or a
     * serialization conflict (SQLSTATE 40001, PostgreSQL's 40P01): two writers of the same row, one lost.
     */
    static boolean isDeadlock(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                for (SQLException e = (SQLException) t; e != null; e = e.getNextException()) {
                    if ("40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
