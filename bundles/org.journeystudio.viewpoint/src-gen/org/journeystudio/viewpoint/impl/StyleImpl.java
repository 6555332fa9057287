/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.journeystudio.viewpoint.Style;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.StyleImpl#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.StyleImpl#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.StyleImpl#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.StyleImpl#isLabelItalic <em>Label Italic</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class StyleImpl extends EObjectImpl implements Style {
	/**
	 * The default value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_COLOR_EDEFAULT = "#202124";

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
	protected static final int LABEL_SIZE_EDEFAULT = 9;

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
	protected StyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.STYLE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.STYLE__LABEL_COLOR, oldLabelColor, labelColor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.STYLE__LABEL_SIZE, oldLabelSize, labelSize));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.STYLE__LABEL_BOLD, oldLabelBold, labelBold));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.STYLE__LABEL_ITALIC, oldLabelItalic, labelItalic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.STYLE__LABEL_COLOR:
				return getLabelColor();
			case ViewpointPackage.STYLE__LABEL_SIZE:
				return getLabelSize();
			case ViewpointPackage.STYLE__LABEL_BOLD:
				return isLabelBold();
			case ViewpointPackage.STYLE__LABEL_ITALIC:
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
			case ViewpointPackage.STYLE__LABEL_COLOR:
				setLabelColor((String)newValue);
				return;
			case ViewpointPackage.STYLE__LABEL_SIZE:
				setLabelSize((Integer)newValue);
				return;
			case ViewpointPackage.STYLE__LABEL_BOLD:
				setLabelBold((Boolean)newValue);
				return;
			case ViewpointPackage.STYLE__LABEL_ITALIC:
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
			case ViewpointPackage.STYLE__LABEL_COLOR:
				setLabelColor(LABEL_COLOR_EDEFAULT);
				return;
			case ViewpointPackage.STYLE__LABEL_SIZE:
				setLabelSize(LABEL_SIZE_EDEFAULT);
				return;
			case ViewpointPackage.STYLE__LABEL_BOLD:
				setLabelBold(LABEL_BOLD_EDEFAULT);
				return;
			case ViewpointPackage.STYLE__LABEL_ITALIC:
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
			case ViewpointPackage.STYLE__LABEL_COLOR:
				return LABEL_COLOR_EDEFAULT == null ? labelColor != null : !LABEL_COLOR_EDEFAULT.equals(labelColor);
			case ViewpointPackage.STYLE__LABEL_SIZE:
				return labelSize != LABEL_SIZE_EDEFAULT;
			case ViewpointPackage.STYLE__LABEL_BOLD:
				return labelBold != LABEL_BOLD_EDEFAULT;
			case ViewpointPackage.STYLE__LABEL_ITALIC:
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
		result.append(" (labelColor: ");
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

} //StyleImpl
