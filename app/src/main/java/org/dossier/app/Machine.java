package org.dossier.app;

import java.lang.management.ManagementFactory;

/**
 * The machine a measurement runs on, and its load (runnable processes, averaged over a minute) when
 * the measurement began and now: a load at the start near the number of cores means something else
 * was running, and the figures were taken on a busy machine. The measurement itself adds up to one a core.
 */
public final class Machine {
    private final double loadAtStart = loadAverage();

    public String describe() {
        return String.format("machine: %d cores, max heap %d MB, %s %s; load %.2f at the start, %.2f now",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadAtStart, loadAverage());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
