package org.journeystudio.model.export;

/** The report's style sheet, inlined so the report is one self-contained file. */
final class HtmlStyle {

    static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1200px;",
            "padding:24px;color:#1f2933;line-height:1.45}",
            "h1{margin:0 0 4px}h2{border-bottom:2px solid #e1e5eb;padding-bottom:4px;margin-top:36px}",
            ".meta{color:#52606d}.badge{font-size:.7em;background:#e8eef7;color:#2f6db5;border-radius:10px;",
            "padding:2px 8px;vertical-align:middle}",
            ".cards{display:flex;flex-wrap:wrap;gap:16px}.card{border:1px solid #e1e5eb;border-radius:8px;",
            "padding:12px 16px;flex:1 1 320px;background:#fbfcfd}.role{color:#52606d;margin-top:-8px}",
            "blockquote{margin:8px 0;font-style:italic;color:#3e4c59}h4{margin:8px 0 2px}ul{margin:0;padding-left:20px}",
            ".scroll{overflow-x:auto}.curve .stage{font-size:11px;fill:#52606d;font-weight:600}",
            ".curve .level{font-size:10px;fill:#7b8794;text-anchor:end}.curve .idx{font-size:9px;fill:#7b8794;",
            "text-anchor:middle}",
            "table{border-collapse:collapse;width:100%;margin-top:8px}th,td{border:1px solid #e1e5eb;padding:6px 8px;",
            "text-align:left;vertical-align:top}thead th{background:#f3f5f8}",
            "table.stages td{min-width:180px}.goal{font-weight:normal;color:#52606d;font-size:.85em}",
            ".step{border:1px solid #cbd2d9;border-radius:6px;padding:6px 8px;margin:6px 0;background:#fff}",
            ".step.touchpoint{border-left:4px solid #2f6db5}.step.decision{border-left:4px solid #8e44ad}",
            ".step.mot{box-shadow:0 0 0 2px #f0b429}.step .title{font-weight:600}.idx{color:#7b8794;font-size:.8em}",
            ".channels{font-size:.8em;color:#2f6db5}.emotion{font-size:.85em}.thoughts{font-size:.85em;",
            "font-style:italic;color:#3e4c59}",
            ".pain{font-size:.8em;margin-top:4px;padding:1px 6px;border-radius:4px;background:#fdecea}",
            ".pain.s4,.pain.s5,.sev.s4,.sev.s5{background:#f8c9c4;color:#8a1c12;font-weight:600}",
            ".badge.mot{background:#fff3c4;color:#8d6300;display:inline-block;margin-top:4px}",
            ".met{color:#2e7d32;font-weight:600}.missed{color:#c62828;font-weight:600}",
            "tr.skipped td{color:#7b8794;text-decoration:line-through}tr.added td{background:#e6f4ea}",
            "tr.moved td:first-child,tr.merged td:first-child,tr.split td:first-child{color:#8d6300;font-weight:600}",
            "tr.switch td:nth-child(5){color:#c62828;font-weight:600}");

    private HtmlStyle() {
    }
}
