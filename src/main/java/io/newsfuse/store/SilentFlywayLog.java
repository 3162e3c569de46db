package io.newsfuse.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Keeps Flyway's progress messages off the user's console: opening a store should print nothing.
 * Migration failures still reach the caller as exceptions. Public only because Flyway instantiates it
 * by class name.
 */
public final class SilentFlywayLog implements LogCreator {
    private static final Log SILENT = new Log() {
        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(String message) {}

        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}

        @Override
        public void error(String message) {}

        @Override
        public void error(String message, Exception e) {}

        @Override
        public void notice(String message) {}
    };

    @Override
    public Log createLogger(Class<?> type) {
        return SILENT;
    }
}
