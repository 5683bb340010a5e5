package dev.vtvsreactive.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.Main;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare bench}: JMH's own command line, untouched. Only {@code --help} is this command's;
 * JMH's help is {@code -h}.
 */
@Command(name = "bench",
        description = {
            "Runs the JMH benchmarks; every argument goes to JMH untouched.",
            "JMH's own options: ./compare bench -h"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./compare bench -l                          # list the benchmarks",
            "  ./compare bench Gather -f 1 -wi 2 -i 3      # one benchmark, a short run",
            "  ./compare bench -rf json -rff results.json  # for ./compare report"
        })
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--help", usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(paramLabel = "JMH_ARG", description = "Arguments for JMH.")
    List<String> jmhArguments = new ArrayList<>();

    /** JMH exits the JVM itself, with 1, when its arguments or a benchmark fail; returning means success. */
    @Override
    public Integer call() throws Exception {
        Main.main(jmhArguments.toArray(String[]::new));
        return 0;
    }
}
