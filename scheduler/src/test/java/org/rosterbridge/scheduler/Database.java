package org.rosterbridge.scheduler;

import javax.sql.DataSource;

/** The databases every behaviour is tested on. */
enum Database {
    H2 {
        @Override
        DataSource fresh() {
            return Databases.h2("");
        }
    },
    /** With the settings H2's documentation recommends for PostgreSQL compatibility. */
    H2_LOWER_CASE {
        @Override
        DataSource fresh() {
            return Databases.h2(";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    },
    POSTGRES {
        @Override
        DataSource fresh() {
            return Databases.postgres();
        }
    };

    abstract DataSource fresh();
}
