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

import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.ConditionalNodeStyle;
import org.journeystudio.viewpoint.NodeMapping;
import org.journeystudio.viewpoint.NodeStyle;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractNodeMappingImpl extends DiagramElementMappingImpl implements AbstractNodeMapping {
	/**
	 * The cached value of the '{@link #getBorderedNodeMappings() <em>Bordered Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderedNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> borderedNodeMappings;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalNodeStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractNodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.ABSTRACT_NODE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getBorderedNodeMappings() {
		if (borderedNodeMappings == null) {
			borderedNodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS);
		}
		return borderedNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyle newStyle, NotificationChain msgs) {
		NodeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, oldStyle, newStyle);
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
	public void setStyle(NodeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalNodeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalNodeStyle>(ConditionalNodeStyle.class, this, ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES);
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
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return ((InternalEList<?>)getBorderedNodeMappings()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
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
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return getBorderedNodeMappings();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return getStyle();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
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
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
				getBorderedNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalNodeStyle>)newValue);
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
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)null);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
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
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return borderedNodeMappings != null && !borderedNodeMappings.isEmpty();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return style != null;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AbstractNodeMappingImpl
