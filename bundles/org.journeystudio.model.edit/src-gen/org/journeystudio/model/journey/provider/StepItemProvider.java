/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.journeystudio.model.journey.JourneyFactory;
import org.journeystudio.model.journey.JourneyPackage;
import org.journeystudio.model.journey.Step;

/**
 * This is the item provider adapter for a {@link org.journeystudio.model.journey.Step} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StepItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addKindPropertyDescriptor(object);
			addChannelsPropertyDescriptor(object);
			addActorsPropertyDescriptor(object);
			addEmotionPropertyDescriptor(object);
			addFeelingPropertyDescriptor(object);
			addThoughtsPropertyDescriptor(object);
			addMomentOfTruthPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addNextPropertyDescriptor(object);
			addEvidencePropertyDescriptor(object);
			addBaselineStepPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_kind_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_InteractionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Channels feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_channels_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_channels_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__CHANNELS,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_InteractionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Actors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_actors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_actors_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__ACTORS,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_InteractionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Emotion feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmotionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_emotion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_emotion_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__EMOTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 getString("_UI_ExperiencePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Feeling feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeelingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_feeling_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_feeling_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__FEELING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ExperiencePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Thoughts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addThoughtsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_thoughts_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_thoughts_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__THOUGHTS,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 getString("_UI_ExperiencePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Moment Of Truth feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMomentOfTruthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_momentOfTruth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_momentOfTruth_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__MOMENT_OF_TRUTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 getString("_UI_ExperiencePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_owner_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_owner_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__OWNER,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_ServicePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Next feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_next_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_next_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__NEXT,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_InteractionPropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_evidence_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_evidence_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__EVIDENCE,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_EvidencePropertyCategory"),
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline Step feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselineStepPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Step_baselineStep_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Step_baselineStep_feature", "_UI_Step_type"),
				 JourneyPackage.Literals.STEP__BASELINE_STEP,
				 true,
				 false,
				 true,
				 null,
				 getString("_UI_DeviationPropertyCategory"),
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(JourneyPackage.Literals.STEP__PAIN_POINTS);
			childrenFeatures.add(JourneyPackage.Literals.STEP__SUPPORT_ACTIONS);
			childrenFeatures.add(JourneyPackage.Literals.STEP__METRIC_VALUES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Step.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Step"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Step)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Step_type") :
			getString("_UI_Step_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Step.class)) {
			case JourneyPackage.STEP__KIND:
			case JourneyPackage.STEP__EMOTION:
			case JourneyPackage.STEP__FEELING:
			case JourneyPackage.STEP__THOUGHTS:
			case JourneyPackage.STEP__MOMENT_OF_TRUTH:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case JourneyPackage.STEP__PAIN_POINTS:
			case JourneyPackage.STEP__SUPPORT_ACTIONS:
			case JourneyPackage.STEP__METRIC_VALUES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.STEP__PAIN_POINTS,
				 JourneyFactory.eINSTANCE.createPainPoint()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.STEP__SUPPORT_ACTIONS,
				 JourneyFactory.eINSTANCE.createSupportAction()));

		newChildDescriptors.add
			(createChildParameter
				(JourneyPackage.Literals.STEP__METRIC_VALUES,
				 JourneyFactory.eINSTANCE.createMetricValue()));
	}

}
