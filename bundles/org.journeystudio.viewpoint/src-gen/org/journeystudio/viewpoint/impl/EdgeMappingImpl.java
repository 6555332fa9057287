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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.ConditionalEdgeStyle;
import org.journeystudio.viewpoint.DiagramElementMapping;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.EdgeStyle;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#isUseDomainElement <em>Use Domain Element</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#getSourceFinderExpression <em>Source Finder Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#getTargetFinderExpression <em>Target Finder Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.EdgeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeMappingImpl extends DiagramElementMappingImpl implements EdgeMapping {
	/**
	 * The cached value of the '{@link #getSourceMappings() <em>Source Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramElementMapping> sourceMappings;

	/**
	 * The cached value of the '{@link #getTargetMappings() <em>Target Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramElementMapping> targetMappings;

	/**
	 * The default value of the '{@link #isUseDomainElement() <em>Use Domain Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseDomainElement()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_DOMAIN_ELEMENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseDomainElement() <em>Use Domain Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseDomainElement()
	 * @generated
	 * @ordered
	 */
	protected boolean useDomainElement = USE_DOMAIN_ELEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFinderExpression() <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FINDER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFinderExpression() <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected String sourceFinderExpression = SOURCE_FINDER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetFinderExpression() <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_FINDER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetFinderExpression() <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinderExpression()
	 * @generated
	 * @ordered
	 */
	protected String targetFinderExpression = TARGET_FINDER_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected EdgeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalEdgeStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramElementMapping> getSourceMappings() {
		if (sourceMappings == null) {
			sourceMappings = new EObjectResolvingEList<DiagramElementMapping>(DiagramElementMapping.class, this, ViewpointPackage.EDGE_MAPPING__SOURCE_MAPPINGS);
		}
		return sourceMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramElementMapping> getTargetMappings() {
		if (targetMappings == null) {
			targetMappings = new EObjectResolvingEList<DiagramElementMapping>(DiagramElementMapping.class, this, ViewpointPackage.EDGE_MAPPING__TARGET_MAPPINGS);
		}
		return targetMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseDomainElement() {
		return useDomainElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseDomainElement(boolean newUseDomainElement) {
		boolean oldUseDomainElement = useDomainElement;
		useDomainElement = newUseDomainElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.EDGE_MAPPING__USE_DOMAIN_ELEMENT, oldUseDomainElement, useDomainElement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFinderExpression() {
		return sourceFinderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFinderExpression(String newSourceFinderExpression) {
		String oldSourceFinderExpression = sourceFinderExpression;
		sourceFinderExpression = newSourceFinderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION, oldSourceFinderExpression, sourceFinderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetFinderExpression() {
		return targetFinderExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFinderExpression(String newTargetFinderExpression) {
		String oldTargetFinderExpression = targetFinderExpression;
		targetFinderExpression = newTargetFinderExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION, oldTargetFinderExpression, targetFinderExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(EdgeStyle newStyle, NotificationChain msgs) {
		EdgeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.EDGE_MAPPING__STYLE, oldStyle, newStyle);
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
	public void setStyle(EdgeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.EDGE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.EDGE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.EDGE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalEdgeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalEdgeStyle>(ConditionalEdgeStyle.class, this, ViewpointPackage.EDGE_MAPPING__CONDITIONAL_STYLES);
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
			case ViewpointPackage.EDGE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case ViewpointPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
			case ViewpointPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return getSourceMappings();
			case ViewpointPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return getTargetMappings();
			case ViewpointPackage.EDGE_MAPPING__USE_DOMAIN_ELEMENT:
				return isUseDomainElement();
			case ViewpointPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				return getSourceFinderExpression();
			case ViewpointPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				return getTargetFinderExpression();
			case ViewpointPackage.EDGE_MAPPING__STYLE:
				return getStyle();
			case ViewpointPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
			case ViewpointPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				getSourceMappings().addAll((Collection<? extends DiagramElementMapping>)newValue);
				return;
			case ViewpointPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				getTargetMappings().addAll((Collection<? extends DiagramElementMapping>)newValue);
				return;
			case ViewpointPackage.EDGE_MAPPING__USE_DOMAIN_ELEMENT:
				setUseDomainElement((Boolean)newValue);
				return;
			case ViewpointPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				setSourceFinderExpression((String)newValue);
				return;
			case ViewpointPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				setTargetFinderExpression((String)newValue);
				return;
			case ViewpointPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)newValue);
				return;
			case ViewpointPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalEdgeStyle>)newValue);
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
			case ViewpointPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				return;
			case ViewpointPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				return;
			case ViewpointPackage.EDGE_MAPPING__USE_DOMAIN_ELEMENT:
				setUseDomainElement(USE_DOMAIN_ELEMENT_EDEFAULT);
				return;
			case ViewpointPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				setSourceFinderExpression(SOURCE_FINDER_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				setTargetFinderExpression(TARGET_FINDER_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)null);
				return;
			case ViewpointPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
			case ViewpointPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return sourceMappings != null && !sourceMappings.isEmpty();
			case ViewpointPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return targetMappings != null && !targetMappings.isEmpty();
			case ViewpointPackage.EDGE_MAPPING__USE_DOMAIN_ELEMENT:
				return useDomainElement != USE_DOMAIN_ELEMENT_EDEFAULT;
			case ViewpointPackage.EDGE_MAPPING__SOURCE_FINDER_EXPRESSION:
				return SOURCE_FINDER_EXPRESSION_EDEFAULT == null ? sourceFinderExpression != null : !SOURCE_FINDER_EXPRESSION_EDEFAULT.equals(sourceFinderExpression);
			case ViewpointPackage.EDGE_MAPPING__TARGET_FINDER_EXPRESSION:
				return TARGET_FINDER_EXPRESSION_EDEFAULT == null ? targetFinderExpression != null : !TARGET_FINDER_EXPRESSION_EDEFAULT.equals(targetFinderExpression);
			case ViewpointPackage.EDGE_MAPPING__STYLE:
				return style != null;
			case ViewpointPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
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
		result.append(" (useDomainElement: ");
		result.append(useDomainElement);
		result.append(", sourceFinderExpression: ");
		result.append(sourceFinderExpression);
		result.append(", targetFinderExpression: ");
		result.append(targetFinderExpression);
		result.append(')');
		return result.toString();
	}

} //EdgeMappingImpl
