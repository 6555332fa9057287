/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.journeystudio.viewpoint.representation.EdgeStyleValues;
import org.journeystudio.viewpoint.representation.RepresentationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Style Values</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getColor <em>Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getTargetArrow <em>Target Arrow</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.EdgeStyleValuesImpl#isLabelItalic <em>Label Italic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeStyleValuesImpl extends EObjectImpl implements EdgeStyleValues {
	/**
	 * The default value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_STYLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected String lineStyle = LINE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final String ROUTING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected String routing = ROUTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColor() <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColor()
	 * @generated
	 * @ordered
	 */
	protected String color = COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_ARROW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected String sourceArrow = SOURCE_ARROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_ARROW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected String targetArrow = TARGET_ARROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected String labelColor = LABEL_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected int labelSize = LABEL_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isLabelBold() <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelBold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LABEL_BOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLabelBold() <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelBold()
	 * @generated
	 * @ordered
	 */
	protected boolean labelBold = LABEL_BOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #isLabelItalic() <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelItalic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LABEL_ITALIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLabelItalic() <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelItalic()
	 * @generated
	 * @ordered
	 */
	protected boolean labelItalic = LABEL_ITALIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeStyleValuesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RepresentationPackage.Literals.EDGE_STYLE_VALUES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineStyle() {
		return lineStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStyle(String newLineStyle) {
		String oldLineStyle = lineStyle;
		lineStyle = newLineStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__LINE_STYLE, oldLineStyle, lineStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRouting() {
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(String newRouting) {
		String oldRouting = routing;
		routing = newRouting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__ROUTING, oldRouting, routing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColor() {
		return color;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColor(String newColor) {
		String oldColor = color;
		color = newColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__COLOR, oldColor, color));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceArrow() {
		return sourceArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceArrow(String newSourceArrow) {
		String oldSourceArrow = sourceArrow;
		sourceArrow = newSourceArrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__SOURCE_ARROW, oldSourceArrow, sourceArrow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetArrow() {
		return targetArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetArrow(String newTargetArrow) {
		String oldTargetArrow = targetArrow;
		targetArrow = newTargetArrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__TARGET_ARROW, oldTargetArrow, targetArrow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelColor() {
		return labelColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColor(String newLabelColor) {
		String oldLabelColor = labelColor;
		labelColor = newLabelColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__LABEL_COLOR, oldLabelColor, labelColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabelSize() {
		return labelSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSize(int newLabelSize) {
		int oldLabelSize = labelSize;
		labelSize = newLabelSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__LABEL_SIZE, oldLabelSize, labelSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLabelBold() {
		return labelBold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelBold(boolean newLabelBold) {
		boolean oldLabelBold = labelBold;
		labelBold = newLabelBold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__LABEL_BOLD, oldLabelBold, labelBold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLabelItalic() {
		return labelItalic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelItalic(boolean newLabelItalic) {
		boolean oldLabelItalic = labelItalic;
		labelItalic = newLabelItalic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.EDGE_STYLE_VALUES__LABEL_ITALIC, oldLabelItalic, labelItalic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RepresentationPackage.EDGE_STYLE_VALUES__LINE_STYLE:
				return getLineStyle();
			case RepresentationPackage.EDGE_STYLE_VALUES__ROUTING:
				return getRouting();
			case RepresentationPackage.EDGE_STYLE_VALUES__COLOR:
				return getColor();
			case RepresentationPackage.EDGE_STYLE_VALUES__SIZE:
				return getSize();
			case RepresentationPackage.EDGE_STYLE_VALUES__SOURCE_ARROW:
				return getSourceArrow();
			case RepresentationPackage.EDGE_STYLE_VALUES__TARGET_ARROW:
				return getTargetArrow();
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_COLOR:
				return getLabelColor();
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_SIZE:
				return getLabelSize();
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_BOLD:
				return isLabelBold();
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_ITALIC:
				return isLabelItalic();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RepresentationPackage.EDGE_STYLE_VALUES__LINE_STYLE:
				setLineStyle((String)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__ROUTING:
				setRouting((String)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__COLOR:
				setColor((String)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__SIZE:
				setSize((Integer)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__SOURCE_ARROW:
				setSourceArrow((String)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__TARGET_ARROW:
				setTargetArrow((String)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_COLOR:
				setLabelColor((String)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_SIZE:
				setLabelSize((Integer)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_BOLD:
				setLabelBold((Boolean)newValue);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_ITALIC:
				setLabelItalic((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RepresentationPackage.EDGE_STYLE_VALUES__LINE_STYLE:
				setLineStyle(LINE_STYLE_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__ROUTING:
				setRouting(ROUTING_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__COLOR:
				setColor(COLOR_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__SOURCE_ARROW:
				setSourceArrow(SOURCE_ARROW_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__TARGET_ARROW:
				setTargetArrow(TARGET_ARROW_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_COLOR:
				setLabelColor(LABEL_COLOR_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_SIZE:
				setLabelSize(LABEL_SIZE_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_BOLD:
				setLabelBold(LABEL_BOLD_EDEFAULT);
				return;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_ITALIC:
				setLabelItalic(LABEL_ITALIC_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RepresentationPackage.EDGE_STYLE_VALUES__LINE_STYLE:
				return LINE_STYLE_EDEFAULT == null ? lineStyle != null : !LINE_STYLE_EDEFAULT.equals(lineStyle);
			case RepresentationPackage.EDGE_STYLE_VALUES__ROUTING:
				return ROUTING_EDEFAULT == null ? routing != null : !ROUTING_EDEFAULT.equals(routing);
			case RepresentationPackage.EDGE_STYLE_VALUES__COLOR:
				return COLOR_EDEFAULT == null ? color != null : !COLOR_EDEFAULT.equals(color);
			case RepresentationPackage.EDGE_STYLE_VALUES__SIZE:
				return size != SIZE_EDEFAULT;
			case RepresentationPackage.EDGE_STYLE_VALUES__SOURCE_ARROW:
				return SOURCE_ARROW_EDEFAULT == null ? sourceArrow != null : !SOURCE_ARROW_EDEFAULT.equals(sourceArrow);
			case RepresentationPackage.EDGE_STYLE_VALUES__TARGET_ARROW:
				return TARGET_ARROW_EDEFAULT == null ? targetArrow != null : !TARGET_ARROW_EDEFAULT.equals(targetArrow);
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_COLOR:
				return LABEL_COLOR_EDEFAULT == null ? labelColor != null : !LABEL_COLOR_EDEFAULT.equals(labelColor);
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_SIZE:
				return labelSize != LABEL_SIZE_EDEFAULT;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_BOLD:
				return labelBold != LABEL_BOLD_EDEFAULT;
			case RepresentationPackage.EDGE_STYLE_VALUES__LABEL_ITALIC:
				return labelItalic != LABEL_ITALIC_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (lineStyle: ");
		result.append(lineStyle);
		result.append(", routing: ");
		result.append(routing);
		result.append(", color: ");
		result.append(color);
		result.append(", size: ");
		result.append(size);
		result.append(", sourceArrow: ");
		result.append(sourceArrow);
		result.append(", targetArrow: ");
		result.append(targetArrow);
		result.append(", labelColor: ");
		result.append(labelColor);
		result.append(", labelSize: ");
		result.append(labelSize);
		result.append(", labelBold: ");
		result.append(labelBold);
		result.append(", labelItalic: ");
		result.append(labelItalic);
		result.append(')');
		return result.toString();
	}

} //EdgeStyleValuesImpl
