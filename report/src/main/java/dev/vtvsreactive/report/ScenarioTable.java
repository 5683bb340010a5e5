package dev.vtvsreactive.report;

import dev.vtvsreactive.report.Baseline.Comparison;
import dev.vtvsreactive.report.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of one scenario as text cells, which the pages ({@link #view()}) and the console each
 * lay out their own way. Missing values read {@value #NONE}, never {@code NaN}.
 *
 * @param headers the column headings, units included
 * @param lines one per row of the scenario, in {@link Models#ORDER}
 */
record ScenarioTable(List<String> headers, List<Line> lines) {

    /** What a cell without a value shows. */
    static final String NONE = "—";
    /** What an allocation cell shows instead of a number whose interval is wider than it. */
    static final String NOT_MEASURABLE = "not measurable in this run";
    /** The heading of the flags column. */
    static final String FLAGS = "Flags";
    /** The heading of the column that compares with the baseline. */
    static final String VS_BASELINE = "vs baseline";

    /**
     * One table row.
     *
     * @param row the row it shows
     * @param comparison the row against the baseline, when there is one
     * @param cells the cells, one per heading
     */
    record Line(Row row, Optional<Comparison> comparison, List<String> cells) {
    }

    /** The table of {@code scenario}, with the change against {@code baseline} when given. */
    static ScenarioTable of(Scenario scenario, Optional<Baseline> baseline) {
        String unit = scenario.unit();
        List<String> headers = new ArrayList<>(List.of(
                "Model", "Time (" + unit + ", ± 99.9% CI)", "Ideal (" + unit + ")", "Overhead (" + unit + ")"));
        if (scenario.hasCpuTime()) {
            headers.add("CPU time (" + scenario.cpuUnit() + ", ± 99.9% CI)");
        }
        headers.addAll(List.of("Allocation (B/op)", FLAGS));
        baseline.ifPresent(b -> headers.add(VS_BASELINE));
        List<Line> lines = scenario.rows().stream().map(row -> {
            Optional<Comparison> comparison = baseline.map(b -> b.compare(scenario, row));
            List<String> cells = new ArrayList<>(List.of(
                    row.label(), time(scenario, row), ideal(scenario, row), overhead(scenario, row)));
            if (scenario.hasCpuTime()) {
                cells.add(cpuTime(scenario, row));
            }
            cells.addAll(List.of(allocation(row), String.join("; ", row.flags())));
            comparison.ifPresent(c -> cells.add(c.text()));
            return new Line(row, comparison, List.copyOf(cells));
        }).toList();
        return new ScenarioTable(List.copyOf(headers), lines);
    }

    /**
     * The table as the pages show it: each model's colour and kind by its name, numbers
     * right-aligned, flags and changes against the baseline coloured by what they say.
     */
    Table view() {
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(model(line.row(), i));
            for (int column = 1; column < headers.size(); column++) {
                Table.Cell cell = Table.Cell.of(line.cells().get(column));
                cells.add(style(headers.get(column), line).map(cell::styled).orElse(cell));
            }
            rows.add(new Table.Row(cells));
        }
        return new Table(headers, rows);
    }

    /** The model's cell: its chart colour, its label, and a tag on a variant or the asyncio baseline. */
    private static Table.Cell model(Row row, int index) {
        Table.Cell cell = Table.Cell.of(row.label()).withSwatch(Charts.hex(row.model(), index));
        if (row.variant()) {
            return cell.tagged(Table.Tag.VARIANT);
        }
        return row.asyncio() ? cell.tagged(Table.Tag.ASYNCIO_BASELINE) : cell;
    }

    /** The CSS class of the cell under {@code header}: numbers right-aligned, flags and changes coloured. */
    private static Optional<String> style(String header, Line line) {
        return switch (header) {
            case FLAGS -> Optional.of("flag");
            case VS_BASELINE -> line.comparison().flatMap(comparison -> switch (comparison.change()) {
                case FASTER -> Optional.of("faster");
                case SLOWER -> Optional.of("slower");
                default -> Optional.empty();
            });
            default -> Optional.of("num");
        };
    }

    /** {@code 10.081 ± 0.020}. */
    static String time(Scenario scenario, Row row) {
        return Numbers.withError(row.time(), scenario.decimals());
    }

    /** {@code 10.000}, or {@value #NONE} when the benchmark has no ideal. */
    static String ideal(Scenario scenario, Row row) {
        return row.ideal().isPresent() ? Numbers.fixed(row.ideal().getAsDouble(), scenario.decimals()) : NONE;
    }

    /** {@code +0.081 (+0.81%)}: measured − ideal, and its share of the ideal when the ideal is not zero. */
    static String overhead(Scenario scenario, Row row) {
        if (row.overhead().isEmpty()) {
            return NONE;
        }
        String overhead = Numbers.signed(row.overhead().getAsDouble(), scenario.decimals());
        return row.overheadShare().isPresent()
                ? overhead + " (" + Numbers.signedPercent(row.overheadShare().getAsDouble()) + ")"
                : overhead;
    }

    /** {@code 37.6 ± 19.3} in the scenario's {@linkplain Scenario#cpuUnit() CPU unit}, or {@value #NONE} where it was not measured. */
    static String cpuTime(Scenario scenario, Row row) {
        return scenario.cpuTime(row).map(cpu -> Numbers.withError(cpu, scenario.cpuDecimals())).orElse(NONE);
    }

    /**
     * {@code 1,104.0 ± 2.2}; {@value #NOT_MEASURABLE} where the interval is wider than the allocation,
     * {@value #NONE} without {@code -prof gc}.
     */
    static String allocation(Row row) {
        if (row.allocation().isEmpty()) {
            return NONE;
        }
        return row.measurableAllocation()
                .map(bytes -> Numbers.withError(bytes, Numbers.decimals(bytes, Numbers.BYTES_DECIMALS)))
                .orElse(NOT_MEASURABLE);
    }
}
