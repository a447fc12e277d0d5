package org.rosterbridge.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/** A hand-written statement builder for Jdbi that counts the rows every query's result set hands out. */
final class RowCounter extends DefaultStatementBuilder {

    private final AtomicLong rows = new AtomicLong();

    long rows() {
        return rows.get();
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        PreparedStatement real = super.create(connection, sql, context);
        return (PreparedStatement) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    Object result = call(real, method, args);
                    return result instanceof ResultSet rs ? counting(rs) : result;
                });
    }

    private ResultSet counting(ResultSet real) {
        return (ResultSet) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    Object result = call(real, method, args);
                    if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                        rows.incrementAndGet();
                    }
                    return result;
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
