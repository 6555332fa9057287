/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.journeystudio.viewpoint.representation.NodeStyleValues;
import org.journeystudio.viewpoint.representation.RepresentationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Style Values</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getBorderStyle <em>Border Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#isLabelItalic <em>Label Italic</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getLabelPosition <em>Label Position</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.NodeStyleValuesImpl#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStyleValuesImpl extends EObjectImpl implements NodeStyleValues {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final String SHAPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected String shape = SHAPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFillColor() <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColor()
	 * @generated
	 * @ordered
	 */
	protected static final String FILL_COLOR_EDEFAULT = null;

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
	protected static final String BORDER_COLOR_EDEFAULT = null;

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
	protected static final int BORDER_SIZE_EDEFAULT = 0;

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
	protected static final String BORDER_STYLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBorderStyle() <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderStyle()
	 * @generated
	 * @ordered
	 */
	protected String borderStyle = BORDER_STYLE_EDEFAULT;

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
	 * The default value of the '{@link #getLabelPosition() <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelPosition() <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelPosition()
	 * @generated
	 * @ordered
	 */
	protected String labelPosition = LABEL_POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIcon() <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcon()
	 * @generated
	 * @ordered
	 */
	protected static final String ICON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIcon() <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcon()
	 * @generated
	 * @ordered
	 */
	protected String icon = ICON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * This is true if the Width attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean widthESet;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * This is true if the Height attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean heightESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStyleValuesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RepresentationPackage.Literals.NODE_STYLE_VALUES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(String newShape) {
		String oldShape = shape;
		shape = newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__SHAPE, oldShape, shape));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__FILL_COLOR, oldFillColor, fillColor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__BORDER_COLOR, oldBorderColor, borderColor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__BORDER_SIZE, oldBorderSize, borderSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorderStyle() {
		return borderStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderStyle(String newBorderStyle) {
		String oldBorderStyle = borderStyle;
		borderStyle = newBorderStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__BORDER_STYLE, oldBorderStyle, borderStyle));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__LABEL_COLOR, oldLabelColor, labelColor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__LABEL_SIZE, oldLabelSize, labelSize));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__LABEL_BOLD, oldLabelBold, labelBold));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__LABEL_ITALIC, oldLabelItalic, labelItalic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelPosition() {
		return labelPosition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelPosition(String newLabelPosition) {
		String oldLabelPosition = labelPosition;
		labelPosition = newLabelPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__LABEL_POSITION, oldLabelPosition, labelPosition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIcon() {
		return icon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIcon(String newIcon) {
		String oldIcon = icon;
		icon = newIcon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__ICON, oldIcon, icon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		boolean oldWidthESet = widthESet;
		widthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__WIDTH, oldWidth, width, !oldWidthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWidth() {
		int oldWidth = width;
		boolean oldWidthESet = widthESet;
		width = WIDTH_EDEFAULT;
		widthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RepresentationPackage.NODE_STYLE_VALUES__WIDTH, oldWidth, WIDTH_EDEFAULT, oldWidthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWidth() {
		return widthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		boolean oldHeightESet = heightESet;
		heightESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.NODE_STYLE_VALUES__HEIGHT, oldHeight, height, !oldHeightESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHeight() {
		int oldHeight = height;
		boolean oldHeightESet = heightESet;
		height = HEIGHT_EDEFAULT;
		heightESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RepresentationPackage.NODE_STYLE_VALUES__HEIGHT, oldHeight, HEIGHT_EDEFAULT, oldHeightESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHeight() {
		return heightESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RepresentationPackage.NODE_STYLE_VALUES__SHAPE:
				return getShape();
			case RepresentationPackage.NODE_STYLE_VALUES__FILL_COLOR:
				return getFillColor();
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_COLOR:
				return getBorderColor();
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_SIZE:
				return getBorderSize();
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_STYLE:
				return getBorderStyle();
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_COLOR:
				return getLabelColor();
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_SIZE:
				return getLabelSize();
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_BOLD:
				return isLabelBold();
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_ITALIC:
				return isLabelItalic();
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_POSITION:
				return getLabelPosition();
			case RepresentationPackage.NODE_STYLE_VALUES__ICON:
				return getIcon();
			case RepresentationPackage.NODE_STYLE_VALUES__WIDTH:
				return getWidth();
			case RepresentationPackage.NODE_STYLE_VALUES__HEIGHT:
				return getHeight();
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
			case RepresentationPackage.NODE_STYLE_VALUES__SHAPE:
				setShape((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__FILL_COLOR:
				setFillColor((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_COLOR:
				setBorderColor((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_SIZE:
				setBorderSize((Integer)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_STYLE:
				setBorderStyle((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_COLOR:
				setLabelColor((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_SIZE:
				setLabelSize((Integer)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_BOLD:
				setLabelBold((Boolean)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_ITALIC:
				setLabelItalic((Boolean)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_POSITION:
				setLabelPosition((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__ICON:
				setIcon((String)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__WIDTH:
				setWidth((Integer)newValue);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__HEIGHT:
				setHeight((Integer)newValue);
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
			case RepresentationPackage.NODE_STYLE_VALUES__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__FILL_COLOR:
				setFillColor(FILL_COLOR_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_COLOR:
				setBorderColor(BORDER_COLOR_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_SIZE:
				setBorderSize(BORDER_SIZE_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_STYLE:
				setBorderStyle(BORDER_STYLE_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_COLOR:
				setLabelColor(LABEL_COLOR_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_SIZE:
				setLabelSize(LABEL_SIZE_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_BOLD:
				setLabelBold(LABEL_BOLD_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_ITALIC:
				setLabelItalic(LABEL_ITALIC_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_POSITION:
				setLabelPosition(LABEL_POSITION_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__ICON:
				setIcon(ICON_EDEFAULT);
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__WIDTH:
				unsetWidth();
				return;
			case RepresentationPackage.NODE_STYLE_VALUES__HEIGHT:
				unsetHeight();
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
			case RepresentationPackage.NODE_STYLE_VALUES__SHAPE:
				return SHAPE_EDEFAULT == null ? shape != null : !SHAPE_EDEFAULT.equals(shape);
			case RepresentationPackage.NODE_STYLE_VALUES__FILL_COLOR:
				return FILL_COLOR_EDEFAULT == null ? fillColor != null : !FILL_COLOR_EDEFAULT.equals(fillColor);
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_COLOR:
				return BORDER_COLOR_EDEFAULT == null ? borderColor != null : !BORDER_COLOR_EDEFAULT.equals(borderColor);
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_SIZE:
				return borderSize != BORDER_SIZE_EDEFAULT;
			case RepresentationPackage.NODE_STYLE_VALUES__BORDER_STYLE:
				return BORDER_STYLE_EDEFAULT == null ? borderStyle != null : !BORDER_STYLE_EDEFAULT.equals(borderStyle);
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_COLOR:
				return LABEL_COLOR_EDEFAULT == null ? labelColor != null : !LABEL_COLOR_EDEFAULT.equals(labelColor);
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_SIZE:
				return labelSize != LABEL_SIZE_EDEFAULT;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_BOLD:
				return labelBold != LABEL_BOLD_EDEFAULT;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_ITALIC:
				return labelItalic != LABEL_ITALIC_EDEFAULT;
			case RepresentationPackage.NODE_STYLE_VALUES__LABEL_POSITION:
				return LABEL_POSITION_EDEFAULT == null ? labelPosition != null : !LABEL_POSITION_EDEFAULT.equals(labelPosition);
			case RepresentationPackage.NODE_STYLE_VALUES__ICON:
				return ICON_EDEFAULT == null ? icon != null : !ICON_EDEFAULT.equals(icon);
			case RepresentationPackage.NODE_STYLE_VALUES__WIDTH:
				return isSetWidth();
			case RepresentationPackage.NODE_STYLE_VALUES__HEIGHT:
				return isSetHeight();
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
		result.append(", labelColor: ");
		result.append(labelColor);
		result.append(", labelSize: ");
		result.append(labelSize);
		result.append(", labelBold: ");
		result.append(labelBold);
		result.append(", labelItalic: ");
		result.append(labelItalic);
		result.append(", labelPosition: ");
		result.append(labelPosition);
		result.append(", icon: ");
		result.append(icon);
		result.append(", width: ");
		if (widthESet) result.append(width); else result.append("<unset>");
		result.append(", height: ");
		if (heightESet) result.append(height); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //NodeStyleValuesImpl
