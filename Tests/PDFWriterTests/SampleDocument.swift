import Foundation
import PDFWriter

/// A three-page briefing-like document built with real shaping: Noto Serif/Sans CJK SC in
/// regular and bold, mixed Chinese, Latin, digits, $, “”, ——, ……, a Kangxi radical that
/// shares its glyph with an ordinary hanzi, a raised citation, a PNG with alpha and a JPEG,
/// URI and internal links, named destinations, an outline and an artifact page number.
/// Records every text line drawn so tests can compare extraction and look for ink.
struct SampleDocument {
    static let notoDirectory = "/usr/share/fonts/opentype/noto/"
    static let scFace = 2   // Simplified Chinese face in Debian's Noto CJK collections
    static let pageWidth = 595.0, pageHeight = 842.0

    struct DrawnLine { var page: Int; var text: String; var x: Double; var y: Double; var width: Double; var size: Double; var rise: Double }

    var lines: [DrawnLine] = []
    var bytes: [UInt8] = []
    var outlineTitles: [String] = []
    let imageRects: [(page: Int, x: Double, y: Double, width: Double, height: Double)] = [
        (1, 72, 520, 200, 200), (1, 320, 520, 200, 150),
    ]

    static func build(in directory: URL) throws -> SampleDocument {
        var sample = SampleDocument()
        let document = PDFDocument(info: PDFInfo(
            title: "新知日报 第128期", author: "新知编辑部", subject: "每日要闻简报", keywords: ["经济", "简报"],
            creator: "BriefPress tests", producer: "BriefPress", language: "zh-CN", date: (2024, 5, 1, 8, 30, 0)))
        let faces = [
            ("serif", "NotoSerifCJK-Regular.ttc"), ("serifBold", "NotoSerifCJK-Bold.ttc"),
            ("sans", "NotoSansCJK-Regular.ttc"), ("sansBold", "NotoSansCJK-Bold.ttc"),
        ]
        var fonts: [String: (PDFFont, TestShaper)] = [:]
        for (key, file) in faces {
            let path = notoDirectory + file
            fonts[key] = (try document.font(path: path, faceIndex: scFace), TestShaper(path: path, faceIndex: scFace))
        }

        @discardableResult
        func draw(_ text: String, _ fontKey: String, size: Double, on page: PDFPage, x: Double = 72, y: Double,
                  rise: Double = 0, color: PDFColor = .black) -> DrawnLine {
            let (font, shaper) = fonts[fontKey]!
            var (glyphs, width) = shaper.shape(text, size: size)
            if rise != 0 { glyphs = glyphs.map { var g = $0; g.yOffset += rise; return g } }
            page.showGlyphs(font, size: size, color: color, x: x, y: y, glyphs: glyphs)
            let line = DrawnLine(page: page.index, text: text, x: x, y: y, width: width, size: size, rise: rise)
            sample.lines.append(line)
            return line
        }

        // Page 1: masthead, mixed-script body, citation link, URI link, artifact folio.
        let first = document.addPage(width: pageWidth, height: pageHeight)
        draw("新知日报·第128期", "serifBold", size: 24, on: first, y: 760, color: PDFColor(r: 0.6, g: 0.05, b: 0.05))
        first.strokeLine(from: (72, 748), to: (523, 748), width: 1, color: PDFColor(r: 0.6, g: 0.05, b: 0.05))
        draw("2024年5月1日 星期三", "sans", size: 11, on: first, y: 728)
        draw("一、宏观经济", "sansBold", size: 16, on: first, y: 690)
        first.addDestination("sec-1", y: 710)
        draw("“稳中求进”——这是今年经济工作的总基调……", "serif", size: 12, on: first, y: 660)
        draw("美元指数收于$104.52，涨幅0.25%，创近三个月新高。", "serif", size: 12, on: first, y: 640)
        draw("力量来自⼒部：部首与汉字共用一个字形。", "serif", size: 12, on: first, y: 620)
        let cited = draw("据国家统计局数据，一季度GDP同比增长5.3%", "serif", size: 12, on: first, y: 600)
        let mark = draw("[1]", "serif", size: 7, on: first, x: 72 + cited.width, y: 600, rise: 5)
        first.link(x: mark.x, y: 600, width: mark.width, height: 12, destination: "ref-1")
        let site = draw("详见 briefpress.example 网站", "sans", size: 12, on: first, y: 570, color: PDFColor(r: 0.1, g: 0.3, b: 0.7))
        first.link(x: site.x, y: 567, width: site.width, height: 14, uri: "https://briefpress.example/新闻?q=中文 简报")
        first.fillRect(x: 72, y: 90, width: 451, height: 0.5, color: PDFColor(r: 0.5, g: 0.5, b: 0.5))
        first.beginArtifact()
        draw("— 1 —", "sans", size: 9, on: first, x: 280, y: 70)
        first.endArtifact()

        // Page 2: images and a caption.
        let second = document.addPage(width: pageWidth, height: pageHeight)
        draw("二、图片与图表", "sansBold", size: 16, on: second, y: 760)
        second.addDestination("sec-2", y: 780)
        let png = try document.image(TestImages.png(width: 64, height: 64, colorType: 6) { x, y in
            let dx = x - 32, dy = y - 32
            let inside = dx * dx + dy * dy < 30 * 30
            return [UInt8(x * 4), 40, UInt8(255 - y * 4), inside ? 255 : 0]
        })
        let jpeg = try document.image(try TestImages.jpeg(in: directory))
        let (pngRect, jpegRect) = (sample.imageRects[0], sample.imageRects[1])
        second.drawImage(png, x: pngRect.x, y: pngRect.y, width: pngRect.width, height: pngRect.height)
        second.drawImage(jpeg, x: jpegRect.x, y: jpegRect.y, width: jpegRect.width, height: jpegRect.height)
        draw("图1：透明背景的PNG图片与JPEG照片", "serif", size: 10.5, on: second, y: 495)
        second.beginArtifact()
        draw("— 2 —", "sans", size: 9, on: second, x: 280, y: 70)
        second.endArtifact()

        // Page 3: references, the citation's target.
        let third = document.addPage(width: pageWidth, height: pageHeight)
        draw("参考文献", "sansBold", size: 16, on: third, y: 760)
        third.addDestination("ref-1", y: 745)
        draw("[1] 国家统计局：《2024年一季度国民经济运行情况》，2024-04-16。", "serif", size: 10.5, on: third, y: 730)
        third.link(x: 72, y: 770, width: 100, height: 20, destination: "sec-1")
        third.beginArtifact()
        draw("— 3 —", "sans", size: 9, on: third, x: 280, y: 70)
        third.endArtifact()

        document.outline = [
            PDFOutlineItem(title: "一、宏观经济", page: 0, y: 710, children: [
                PDFOutlineItem(title: "美元指数", page: 0, y: 655),
                PDFOutlineItem(title: "国内生产总值", page: 0, y: 615),
            ]),
            PDFOutlineItem(title: "二、图片与图表", page: 1, y: 780),
            PDFOutlineItem(title: "参考文献", page: 2, y: 780),
        ]
        sample.outlineTitles = ["一、宏观经济", "美元指数", "国内生产总值", "二、图片与图表", "参考文献"]
        sample.bytes = try document.write()
        return sample
    }
}
