/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.CellStyle;
import org.journeystudio.viewpoint.ConditionalCellStyle;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Line Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.LineMappingImpl#getHeaderLabelExpression <em>Header Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.LineMappingImpl#getSubLines <em>Sub Lines</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.LineMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.LineMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LineMappingImpl extends RepresentationElementMappingImpl implements LineMapping {
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
	 * The cached value of the '{@link #getSubLines() <em>Sub Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubLines()
	 * @generated
	 * @ordered
	 */
	protected EList<LineMapping> subLines;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected CellStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalCellStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LineMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.LINE_MAPPING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.LINE_MAPPING__HEADER_LABEL_EXPRESSION, oldHeaderLabelExpression, headerLabelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LineMapping> getSubLines() {
		if (subLines == null) {
			subLines = new EObjectContainmentEList<LineMapping>(LineMapping.class, this, ViewpointPackage.LINE_MAPPING__SUB_LINES);
		}
		return subLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(CellStyle newStyle, NotificationChain msgs) {
		CellStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.LINE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(CellStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.LINE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.LINE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.LINE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalCellStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalCellStyle>(ConditionalCellStyle.class, this, ViewpointPackage.LINE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.LINE_MAPPING__SUB_LINES:
				return ((InternalEList<?>)getSubLines()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.LINE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case ViewpointPackage.LINE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.LINE_MAPPING__HEADER_LABEL_EXPRESSION:
				return getHeaderLabelExpression();
			case ViewpointPackage.LINE_MAPPING__SUB_LINES:
				return getSubLines();
			case ViewpointPackage.LINE_MAPPING__STYLE:
				return getStyle();
			case ViewpointPackage.LINE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.LINE_MAPPING__HEADER_LABEL_EXPRESSION:
				setHeaderLabelExpression((String)newValue);
				return;
			case ViewpointPackage.LINE_MAPPING__SUB_LINES:
				getSubLines().clear();
				getSubLines().addAll((Collection<? extends LineMapping>)newValue);
				return;
			case ViewpointPackage.LINE_MAPPING__STYLE:
				setStyle((CellStyle)newValue);
				return;
			case ViewpointPackage.LINE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalCellStyle>)newValue);
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
			case ViewpointPackage.LINE_MAPPING__HEADER_LABEL_EXPRESSION:
				setHeaderLabelExpression(HEADER_LABEL_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.LINE_MAPPING__SUB_LINES:
				getSubLines().clear();
				return;
			case ViewpointPackage.LINE_MAPPING__STYLE:
				setStyle((CellStyle)null);
				return;
			case ViewpointPackage.LINE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
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
			case ViewpointPackage.LINE_MAPPING__HEADER_LABEL_EXPRESSION:
				return HEADER_LABEL_EXPRESSION_EDEFAULT == null ? headerLabelExpression != null : !HEADER_LABEL_EXPRESSION_EDEFAULT.equals(headerLabelExpression);
			case ViewpointPackage.LINE_MAPPING__SUB_LINES:
				return subLines != null && !subLines.isEmpty();
			case ViewpointPackage.LINE_MAPPING__STYLE:
				return style != null;
			case ViewpointPackage.LINE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //LineMappingImpl
