/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.LabelPosition;
import org.journeystudio.viewpoint.LineStyle;
import org.journeystudio.viewpoint.NodeStyle;
import org.journeystudio.viewpoint.ShapeKind;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getBorderStyle <em>Border Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getHeightExpression <em>Height Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getIconExpression <em>Icon Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.NodeStyleImpl#getLabelPosition <em>Label Position</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStyleImpl extends StyleImpl implements NodeStyle {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final ShapeKind SHAPE_EDEFAULT = ShapeKind.RECTANGLE;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected ShapeKind shape = SHAPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFillColor() <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColor()
	 * @generated
	 * @ordered
	 */
	protected static final String FILL_COLOR_EDEFAULT = "#ffffff";

	/**
	 * The cached value of the '{@link #getFillColor() <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColor()
	 * @generated
	 * @ordered
	 */
	protected String fillColor = FILL_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BORDER_COLOR_EDEFAULT = "#5f6368";

	/**
	 * The cached value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected String borderColor = BORDER_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderSize() <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BORDER_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBorderSize() <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderSize()
	 * @generated
	 * @ordered
	 */
	protected int borderSize = BORDER_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderStyle() <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderStyle()
	 * @generated
	 * @ordered
	 */
	protected static final LineStyle BORDER_STYLE_EDEFAULT = LineStyle.SOLID;

	/**
	 * The cached value of the '{@link #getBorderStyle() <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderStyle()
	 * @generated
	 * @ordered
	 */
	protected LineStyle borderStyle = BORDER_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String WIDTH_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected String widthExpression = WIDTH_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeightExpression() <em>Height Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String HEIGHT_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeightExpression() <em>Height Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeightExpression()
	 * @generated
	 * @ordered
	 */
	protected String heightExpression = HEIGHT_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIconExpression() <em>Icon Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIconExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String ICON_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIconExpression() <em>Icon Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIconExpression()
	 * @generated
	 * @ordered
	 */
	protected String iconExpression = ICON_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelPosition() <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelPosition()
	 * @generated
	 * @ordered
	 */
	protected static final LabelPosition LABEL_POSITION_EDEFAULT = LabelPosition.INSIDE;

	/**
	 * The cached value of the '{@link #getLabelPosition() <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelPosition()
	 * @generated
	 * @ordered
	 */
	protected LabelPosition labelPosition = LABEL_POSITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.NODE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShapeKind getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(ShapeKind newShape) {
		ShapeKind oldShape = shape;
		shape = newShape == null ? SHAPE_EDEFAULT : newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__SHAPE, oldShape, shape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFillColor() {
		return fillColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFillColor(String newFillColor) {
		String oldFillColor = fillColor;
		fillColor = newFillColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__FILL_COLOR, oldFillColor, fillColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorderColor() {
		return borderColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderColor(String newBorderColor) {
		String oldBorderColor = borderColor;
		borderColor = newBorderColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__BORDER_COLOR, oldBorderColor, borderColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBorderSize() {
		return borderSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderSize(int newBorderSize) {
		int oldBorderSize = borderSize;
		borderSize = newBorderSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__BORDER_SIZE, oldBorderSize, borderSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStyle getBorderStyle() {
		return borderStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderStyle(LineStyle newBorderStyle) {
		LineStyle oldBorderStyle = borderStyle;
		borderStyle = newBorderStyle == null ? BORDER_STYLE_EDEFAULT : newBorderStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__BORDER_STYLE, oldBorderStyle, borderStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWidthExpression() {
		return widthExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthExpression(String newWidthExpression) {
		String oldWidthExpression = widthExpression;
		widthExpression = newWidthExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__WIDTH_EXPRESSION, oldWidthExpression, widthExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeightExpression() {
		return heightExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeightExpression(String newHeightExpression) {
		String oldHeightExpression = heightExpression;
		heightExpression = newHeightExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__HEIGHT_EXPRESSION, oldHeightExpression, heightExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIconExpression() {
		return iconExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIconExpression(String newIconExpression) {
		String oldIconExpression = iconExpression;
		iconExpression = newIconExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__ICON_EXPRESSION, oldIconExpression, iconExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelPosition getLabelPosition() {
		return labelPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelPosition(LabelPosition newLabelPosition) {
		LabelPosition oldLabelPosition = labelPosition;
		labelPosition = newLabelPosition == null ? LABEL_POSITION_EDEFAULT : newLabelPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.NODE_STYLE__LABEL_POSITION, oldLabelPosition, labelPosition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.NODE_STYLE__SHAPE:
				return getShape();
			case ViewpointPackage.NODE_STYLE__FILL_COLOR:
				return getFillColor();
			case ViewpointPackage.NODE_STYLE__BORDER_COLOR:
				return getBorderColor();
			case ViewpointPackage.NODE_STYLE__BORDER_SIZE:
				return getBorderSize();
			case ViewpointPackage.NODE_STYLE__BORDER_STYLE:
				return getBorderStyle();
			case ViewpointPackage.NODE_STYLE__WIDTH_EXPRESSION:
				return getWidthExpression();
			case ViewpointPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				return getHeightExpression();
			case ViewpointPackage.NODE_STYLE__ICON_EXPRESSION:
				return getIconExpression();
			case ViewpointPackage.NODE_STYLE__LABEL_POSITION:
				return getLabelPosition();
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
			case ViewpointPackage.NODE_STYLE__SHAPE:
				setShape((ShapeKind)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__FILL_COLOR:
				setFillColor((String)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__BORDER_COLOR:
				setBorderColor((String)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__BORDER_SIZE:
				setBorderSize((Integer)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__BORDER_STYLE:
				setBorderStyle((LineStyle)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__WIDTH_EXPRESSION:
				setWidthExpression((String)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				setHeightExpression((String)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__ICON_EXPRESSION:
				setIconExpression((String)newValue);
				return;
			case ViewpointPackage.NODE_STYLE__LABEL_POSITION:
				setLabelPosition((LabelPosition)newValue);
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
			case ViewpointPackage.NODE_STYLE__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__FILL_COLOR:
				setFillColor(FILL_COLOR_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__BORDER_COLOR:
				setBorderColor(BORDER_COLOR_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__BORDER_SIZE:
				setBorderSize(BORDER_SIZE_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__BORDER_STYLE:
				setBorderStyle(BORDER_STYLE_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__WIDTH_EXPRESSION:
				setWidthExpression(WIDTH_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				setHeightExpression(HEIGHT_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__ICON_EXPRESSION:
				setIconExpression(ICON_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.NODE_STYLE__LABEL_POSITION:
				setLabelPosition(LABEL_POSITION_EDEFAULT);
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
			case ViewpointPackage.NODE_STYLE__SHAPE:
				return shape != SHAPE_EDEFAULT;
			case ViewpointPackage.NODE_STYLE__FILL_COLOR:
				return FILL_COLOR_EDEFAULT == null ? fillColor != null : !FILL_COLOR_EDEFAULT.equals(fillColor);
			case ViewpointPackage.NODE_STYLE__BORDER_COLOR:
				return BORDER_COLOR_EDEFAULT == null ? borderColor != null : !BORDER_COLOR_EDEFAULT.equals(borderColor);
			case ViewpointPackage.NODE_STYLE__BORDER_SIZE:
				return borderSize != BORDER_SIZE_EDEFAULT;
			case ViewpointPackage.NODE_STYLE__BORDER_STYLE:
				return borderStyle != BORDER_STYLE_EDEFAULT;
			case ViewpointPackage.NODE_STYLE__WIDTH_EXPRESSION:
				return WIDTH_EXPRESSION_EDEFAULT == null ? widthExpression != null : !WIDTH_EXPRESSION_EDEFAULT.equals(widthExpression);
			case ViewpointPackage.NODE_STYLE__HEIGHT_EXPRESSION:
				return HEIGHT_EXPRESSION_EDEFAULT == null ? heightExpression != null : !HEIGHT_EXPRESSION_EDEFAULT.equals(heightExpression);
			case ViewpointPackage.NODE_STYLE__ICON_EXPRESSION:
				return ICON_EXPRESSION_EDEFAULT == null ? iconExpression != null : !ICON_EXPRESSION_EDEFAULT.equals(iconExpression);
			case ViewpointPackage.NODE_STYLE__LABEL_POSITION:
				return labelPosition != LABEL_POSITION_EDEFAULT;
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
		result.append(" (shape: ");
		result.append(shape);
		result.append(", fillColor: ");
		result.append(fillColor);
		result.append(", borderColor: ");
		result.append(borderColor);
		result.append(", borderSize: ");
		result.append(borderSize);
		result.append(", borderStyle: ");
		result.append(borderStyle);
		result.append(", widthExpression: ");
		result.append(widthExpression);
		result.append(", heightExpression: ");
		result.append(heightExpression);
		result.append(", iconExpression: ");
		result.append(iconExpression);
		result.append(", labelPosition: ");
		result.append(labelPosition);
		result.append(')');
		return result.toString();
	}

} //NodeStyleImpl
