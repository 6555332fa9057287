/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.ElementColumnMappingImpl#getHeaderLabelExpression <em>Header Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.ElementColumnMappingImpl#getWidth <em>Width</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElementColumnMappingImpl extends RepresentationElementMappingImpl implements ElementColumnMapping {
	/**
	 * The default value of the '{@link #getHeaderLabelExpression() <em>Header Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeaderLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String HEADER_LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeaderLabelExpression() <em>Header Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeaderLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String headerLabelExpression = HEADER_LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 90;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementColumnMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.ELEMENT_COLUMN_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeaderLabelExpression() {
		return headerLabelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeaderLabelExpression(String newHeaderLabelExpression) {
		String oldHeaderLabelExpression = headerLabelExpression;
		headerLabelExpression = newHeaderLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION, oldHeaderLabelExpression, headerLabelExpression));
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
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ELEMENT_COLUMN_MAPPING__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION:
				return getHeaderLabelExpression();
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__WIDTH:
				return getWidth();
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
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION:
				setHeaderLabelExpression((String)newValue);
				return;
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__WIDTH:
				setWidth((Integer)newValue);
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
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION:
				setHeaderLabelExpression(HEADER_LABEL_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__WIDTH:
				setWidth(WIDTH_EDEFAULT);
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
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION:
				return HEADER_LABEL_EXPRESSION_EDEFAULT == null ? headerLabelExpression != null : !HEADER_LABEL_EXPRESSION_EDEFAULT.equals(headerLabelExpression);
			case ViewpointPackage.ELEMENT_COLUMN_MAPPING__WIDTH:
				return width != WIDTH_EDEFAULT;
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
		result.append(" (headerLabelExpression: ");
		result.append(headerLabelExpression);
		result.append(", width: ");
		result.append(width);
		result.append(')');
		return result.toString();
	}

} //ElementColumnMappingImpl
