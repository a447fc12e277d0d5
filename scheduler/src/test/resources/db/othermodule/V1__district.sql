-- Stands for another module's migrations sharing the scheduler's schema, with Flyway's default history table.
CREATE TABLE district (id VARCHAR(64) PRIMARY KEY, name VARCHAR(200) NOT NULL);
