package org.factline.timeline;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends through the application's DataSource, whoever
 * sends them (Hibernate, JdbcClient). Test-only; picked up by component scanning of the test classes.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and returns how many statements were prepared since {@link #start()}. */
    public static int stop() {
        var count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {DataSource.class}, delegate(dataSource, true));
        }
        return bean;
    }

    private static InvocationHandler delegate(Object target, boolean isDataSource) {
        return (proxy, method, args) -> {
            var result = invoke(target, method, args);
            if (isDataSource && result instanceof Connection connection) {
                return Proxy.newProxyInstance(
                        StatementCounter.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        delegate(connection, false));
            }
            if (!isDataSource && STATEMENTS.contains(method.getName())) {
                var count = COUNT.get();
                if (count != null) {
                    count[0]++;
                }
            }
            return result;
        };
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
