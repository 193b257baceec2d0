package bi.ppsm.site.figure;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import bi.ppsm.site.admin.Changes;
import bi.ppsm.site.admin.OrderedList;
import bi.ppsm.site.admin.OrderedListAdminController;
import bi.ppsm.site.audit.AuditLog;

/** Staff edit the figures of the site, in their order. */
@Controller
@RequestMapping(HeadlineFigureAdminController.BASE)
class HeadlineFigureAdminController extends OrderedListAdminController<HeadlineFigure, HeadlineFigureForm> {

	static final String BASE = "/admin/chiffres";

	private final HeadlineFigureRepository figures;

	HeadlineFigureAdminController(HeadlineFigureRepository figures, AuditLog audit) {
		super(figures, audit, new OrderedList(BASE, "figure", "admin.nav.figures", "admin/figure/form",
				List.of("value", "prefix", "label", "asOf")));
		this.figures = figures;
	}

	@Override
	protected List<HeadlineFigure> ordered() {
		return this.figures.findAllByOrderByPosition();
	}

	@Override
	protected String label(HeadlineFigure figure) {
		return figure.getLabel();
	}

	@Override
	protected HeadlineFigureForm blankForm() {
		return new HeadlineFigureForm(null, null, null, null, 0);
	}

	@Override
	protected HeadlineFigureForm toForm(HeadlineFigure figure) {
		return HeadlineFigureForm.from(figure);
	}

	@Override
	protected HeadlineFigure toEntity(HeadlineFigureForm form) {
		return form.toFigure();
	}

	@Override
	protected Changes apply(HeadlineFigureForm form, HeadlineFigure figure) {
		return new Changes().set("value", figure.getValue(), form.value(), figure::setValue)
			.set("prefix", figure.getPrefix(), form.prefix(), figure::setPrefix)
			.set("label", figure.getLabel(), form.label(), figure::setLabel)
			.set("asOf", figure.getAsOf(), form.asOf(), figure::setAsOf);
	}

}
