package dev.vtvsreactive.contract;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Installs BlockHound before the first test of this module runs, so that every test, the contract
 * tests included, fails on a blocking call made on a non-blocking thread. The integrations on the
 * class path (found by {@link java.util.ServiceLoader}) say which threads are non-blocking.
 */
public final class BlockHoundSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        BlockHound.install();
    }
}
